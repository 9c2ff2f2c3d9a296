// The page's half of the records format (web/js/records.js), checked on the
// cases the app's half is checked on (tests/app/test_records.cpp), and on a
// body the C++ writer produced (the CLI's report --lines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRecords, readNamedRecords, writeRecords } from '../../web/js/records.js';

test('records: any text round-trips, tabs, newlines and backslashes included', () => {
  const records = [['a\tb', 'line 1\nline 2', 'C:\\path\\n'], [''], ['x', '', 'y']];
  const body = writeRecords(records);
  assert.equal(body.split('\n').length, 4, 'one line per record, each ending with a newline');
  assert.deepEqual(readRecords(body), records);
});

test('records: the exact spelling both sides share', () => {
  assert.equal(writeRecords([['a\tb', 'c\\d', 'e\nf']]), 'a\\tb\tc\\\\d\te\\nf\n');
  assert.deepEqual(readRecords('a\\tb\tc\\\\d\te\\nf\n'), [['a\tb', 'c\\d', 'e\nf']]);
});

test('records: an empty body is no record, a bare newline one empty field', () => {
  assert.deepEqual(readRecords(''), []);
  assert.deepEqual(readRecords('\n'), [['']]);
  assert.deepEqual(readRecords('last without newline'), [['last without newline']]);
});

test('records: an escape the writer never makes is kept as written', () => {
  assert.deepEqual(readRecords('a\\xb\n'), [['a\\xb']]);
});

test('records: named fields, missing ones empty', () => {
  assert.deepEqual(readNamedRecords('1\t2\n3\n', ['a', 'b']), [{ a: '1', b: '2' }, { a: '3', b: '' }]);
});
