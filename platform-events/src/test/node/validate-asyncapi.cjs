// Validates an AsyncAPI document with the reference parser (@asyncapi/parser, installed by the build):
// node validate-asyncapi.cjs <document.json>; prints every diagnostic, exits 1 on any error.
const { Parser } = require('@asyncapi/parser');
const fs = require('fs');

const severities = ['error', 'warning', 'info', 'hint'];

(async () => {
  const { document, diagnostics } = await new Parser().parse(fs.readFileSync(process.argv[2], 'utf8'));
  for (const d of diagnostics) {
    console.log(`${severities[d.severity]} ${d.code} ${d.path.join('.')}: ${d.message}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 0).length;
  console.log(`asyncapi-parser: ${document ? 'parsed' : 'NOT parsed'}, ${errors} error(s), `
      + `${diagnostics.length - errors} other diagnostic(s)`);
  process.exit(document && errors === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
