// Records: the one text format the app (src/app/records.hpp) and the page
// exchange lists in. A message body is records, one per line; a record is
// fields separated by tabs. Inside a field a backslash, a tab and a newline
// are written \\, \t and \n, so any text travels unchanged. Which fields each
// message carries, and in what order, is listed in docs/PAGE_MESSAGES.md.

const unescapes = { '\\': '\\', t: '\t', n: '\n' };

function unescapeField(text) {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(.)/g, (whole, c) => unescapes[c] || whole);
}

function escapeField(value) {
  return String(value).replace(/[\\\t\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : '\\n'));
}

// The records of `text` as arrays of fields. Each record ends with a
// newline, so '' is no record and '\n' is one record of one empty field.
export function readRecords(text) {
  if (!text) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map(unescapeField));
}

// The records of `text` as objects with the given field names; a missing
// field reads as ''.
export function readNamedRecords(text, names) {
  return readRecords(text).map((fields) => {
    const record = {};
    names.forEach((name, i) => { record[name] = fields[i] === undefined ? '' : fields[i]; });
    return record;
  });
}

// Records (arrays of fields) as one message body.
export function writeRecords(records) {
  return records.map((fields) => fields.map(escapeField).join('\t') + '\n').join('');
}
