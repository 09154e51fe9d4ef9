// The JSON Schema for editors (static/recap.schema.json) agrees with the
// widget's own rules: the shipped recap passes, every fatal fixture fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('static/recap.schema.json'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv); // "format": "date" checks that the day exists
const validate = ajv.compile(schema);

test('the shipped recap validates against the schema', () => {
  const ok = validate(JSON.parse(read('static/recap.json')));
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

// Fatal fixtures that are JSON at all (syntax errors and empty files never reach a schema).
const fatal = readdirSync(new URL('tests/fixtures/fatal/', root))
  .filter((name) => !name.startsWith('syntax-') && name !== 'empty-file.json');

for (const name of fatal) {
  test(`the schema rejects fatal fixture ${name}`, () => {
    const data = JSON.parse(read(`tests/fixtures/fatal/${name}`));
    assert.equal(validate(data), false, `${name} should not validate`);
  });
}

test('the schema flags what the validator warns about', () => {
  const data = JSON.parse(read('tests/fixtures/items/every-item-rule.json'));
  assert.equal(validate(data), false);
  const paths = new Set(validate.errors.map((e) => e.instancePath));
  for (const path of ['/speakers/5/region', '/speakers/5/sector', '/speakers/6/photo', '/speakers/6/url', '/quotes/4/text', '/event/source_url']) {
    assert.ok(paths.has(path), `expected a schema error at ${path}; got ${[...paths].join(', ')}`);
  }
});

test('relative and http(s) photos pass, script URLs do not', () => {
  const base = JSON.parse(read('static/recap.json'));
  const withPhoto = (photo) => ({ ...base, speakers: [{ id: 'a', name: 'A', photo }] , quotes: [] });
  for (const ok of ['img/a.jpg', '../a.jpg', '//cdn.example.org/a.jpg', 'https://example.org/a.jpg']) {
    assert.ok(validate(withPhoto(ok)), ok);
  }
  for (const bad of ['javascript:alert(1)', 'data:image/png;base64,AA', 'vbscript:x']) {
    assert.equal(validate(withPhoto(bad)), false, bad);
  }
});
