// Prism serves these examples as mock responses and the codegen tests feed them to the zod
// schemas, so a response without one is an untested shape.
export default function ResponseMediaTypeHasExample() {
  return {
    MediaType: {
      enter(mediaType, ctx) {
        const pointer = ctx.location.pointer;
        if (!/\/responses\//.test(pointer)) return;
        if (mediaType.example !== undefined) return;
        if (mediaType.examples && Object.keys(mediaType.examples).length > 0) return;
        const name = pointer.split('/content/').pop()?.replace(/~1/g, '/').replace(/~0/g, '~');
        ctx.report({
          message: `Response media type \`${name}\` has no \`example\` or \`examples\`: add a named example that matches its schema.`,
          location: ctx.location.key(),
        });
      },
    },
  };
}
