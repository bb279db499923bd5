/**
 * CKEditor 5 plugin: links to the ten CCIN co-operative principles, which the ccin-elements
 * library shows as principle badges. See ../README.md.
 */
export { CcinPrinciples, type CcinPrinciplesConfig } from './ccinprinciples.js';
export { CcinPrincipleCommand } from './ccinprinciplecommand.js';
export { fragmentPrefix, principleHref, principleIdOf, principles, type PrincipleChoice } from './principles.js';
