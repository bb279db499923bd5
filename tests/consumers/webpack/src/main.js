// Only the elements this page uses, each from its own entry.
import 'ccin-elements/case-study';
import 'ccin-elements/member-map';
import 'ccin-elements/case-study-list';
import 'ccin-elements/principle-badge';
