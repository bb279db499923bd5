/** Custom elements manifest (dist/custom-elements.json), read by Storybook and editors. */

/**
 * Keeps the manifest to the public API: private and protected members (TypeScript `private`),
 * static fields and Lit internals are implementation details that would clutter Storybook's
 * docs tables.
 */
function publicApiOnly() {
  return {
    name: 'ccin-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('_'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.generated.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicApiOnly()],
};
