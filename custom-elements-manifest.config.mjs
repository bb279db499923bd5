/** Custom elements manifest (dist/custom-elements.json), read by Storybook, editors and scripts/generate-types.mjs. */

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
          // Internal reactive state (static properties with state: true) is not an attribute.
          const publicFields = new Set(declaration.members.map((member) => member.name));
          declaration.attributes = declaration.attributes?.filter((attribute) => !attribute.fieldName || publicFields.has(attribute.fieldName));
        }
      }
    },
  };
}

/**
 * Points the manifest at the files the package ships (dist/npm/…/*.js, where the npm build puts
 * each source module), not at src/, which is not in the package.
 */
function shippedPaths() {
  const shipped = (path) => path.replace(/^src\/(.+)\.ts$/, 'dist/npm/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shipped(inner);
        else rewrite(inner);
      }
    }
  };
  return {
    name: 'ccin-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      // Only the modules that declare or register elements: helpers are not part of the API
      // (and a helper no element imports is not in the npm build at all).
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) =>
          (module.declarations ?? []).some((declaration) => declaration.customElement) ||
          (module.exports ?? []).some((entry) => entry.kind === 'custom-element-definition'),
      );
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.generated.ts', 'src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicApiOnly(), shippedPaths()],
};
