// Validates a CSV file against a Table Schema with the frictionless reference implementation (tableschema) and prints
// the outcome as JSON: whether the schema is valid, its errors, the rows read and every row error (row, field, message).
// Usage: node tableschema-validate.js <schema.json> <data.csv>   (NODE_PATH points at the installed packages)
const fs = require('fs');
const { Schema, Table } = require('tableschema');

(async () => {
  const descriptor = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const schema = await Schema.load(descriptor);
  const result = { schemaValid: schema.valid, schemaErrors: schema.errors.map(e => String(e.message || e)),
    rows: 0, headers: null, errors: [] };
  if (schema.valid) {
    const table = await Table.load(process.argv[3], { schema: descriptor, headers: 1 });
    const rows = await table.read({ keyed: true, forceCast: true, cast: true, relations: false });
    result.headers = table.headers;
    rows.forEach((row, i) => {
      if (row instanceof Error) {
        const details = row.errors && row.errors.length ? row.errors.map(e => String(e.message || e)) : [String(row.message || row)];
        result.errors.push({ row: i + 2, messages: details });
      }
    });
    result.rows = rows.length;
    const expected = descriptor.fields.map(f => f.name);
    if (JSON.stringify(table.headers) !== JSON.stringify(expected)) {
      result.errors.push({ row: 1, messages: ['headers ' + JSON.stringify(table.headers) + ' are not the schema\'s '
        + JSON.stringify(expected)] });
    }
  }
  console.log(JSON.stringify(result));
})().catch(e => { console.log(JSON.stringify({ schemaValid: false, schemaErrors: ['crash: ' + String(e)], rows: 0, errors: [] })); });
