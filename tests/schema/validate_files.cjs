// Validates agreement files against assets/schema/learning-agreement-v1.schema.json with Ajv, an
// independent JSON Schema validator (npm ajv, draft 2020-12): what an office can do without our code.
//   node tests/schema/validate_files.cjs
// Checks our valid agreements (tests/fixtures) and samples, and that the schema rejects broken structure.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const root = path.resolve(__dirname, '../..');
const npmRequire = createRequire(path.join(root, 'build/npm/package.json'));
const Ajv2020 = npmRequire('ajv/dist/2020').default;

const schema = JSON.parse(fs.readFileSync(path.join(root, 'assets/schema/learning-agreement-v1.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const jsonFiles = (folder) => fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(folder, f));
const files = [
  ...jsonFiles(path.join(root, 'tests/fixtures/agreements')),
  ...jsonFiles(path.join(root, 'assets/samples')),
];

let failures = 0;
const fail = (what) => { failures++; console.error('FAIL ' + what); };

if (files.length < 6) fail(`expected the fixtures and the samples, found ${files.length} files`);
for (const file of files) {
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(document)) console.log('ok   ' + path.relative(root, file));
  else fail(`${path.relative(root, file)}: ${JSON.stringify(validate.errors, null, 1)}`);
}

// The schema must reject what the format forbids, or it proves nothing.
const semester = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/agreements/valid-semester.json'), 'utf8'));
const broken = {
  'ECTS given as text': (d) => { d.firstVersion.componentsStudied[0].credits[0].value = 'five'; },
  'a newer formatVersion': (d) => { d.formatVersion = 2; },
  'no formatVersion': (d) => { delete d.formatVersion; },
  'a null e-mail': (d) => { d.student.email = null; },
  'gender as text': (d) => { d.student.gender = 'male'; },
  'Table A as an object': (d) => { d.firstVersion.componentsStudied = { title: 'x' }; },
  'a fractional EQF level': (d) => { d.eqfLevelStudiedAtDeparture = 7.5; },
};
for (const [what, breakIt] of Object.entries(broken)) {
  const document = structuredClone(semester);
  breakIt(document);
  if (validate(document)) fail(`the schema accepts ${what}`);
  else console.log(`ok   rejects ${what}`);
}
const extended = structuredClone(semester);
extended['x-office-note'] = { checkedBy: 'Anna' };
if (!validate(extended)) fail('the schema rejects an unknown field, which the format keeps');

if (failures > 0) {
  console.error(`${failures} schema check(s) failed`);
  process.exit(1);
}
console.log(`schema: ${files.length} files valid, broken structure rejected`);
