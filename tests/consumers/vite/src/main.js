// Registers every element (and the page stylesheet for before they upgrade).
import 'ccin-elements';
import 'ccin-elements/ccin-elements.css';
