// Parses an AsyncAPI document with the reference parser (@asyncapi/parser) and prints its diagnostics as JSON.
// Usage: node asyncapi-parse.js <document.json>   (NODE_PATH points at the installed packages)
const fs = require('fs');
const { Parser } = require('@asyncapi/parser');

(async () => {
  const { document, diagnostics } = await new Parser().parse(fs.readFileSync(process.argv[2], 'utf8'));
  console.log(JSON.stringify({
    parsed: document !== undefined,
    diagnostics: diagnostics.map(d => ({ severity: d.severity, code: d.code, message: d.message, path: d.path })),
  }));
})().catch(e => { console.log(JSON.stringify({ parsed: false, diagnostics: [{ severity: 0, code: 'crash', message: String(e) }] })); });
