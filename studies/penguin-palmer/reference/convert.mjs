// Converts vega-datasets' data/penguins.json to data/penguins.csv. Only the column names
// change (to the palmerpenguins names); every value is written as the JSON holds it, a
// JSON null becomes an empty cell, and the row order is kept.
// Usage: node reference/convert.mjs path/to/vega-datasets/data/penguins.json > data/penguins.csv
import { readFileSync } from 'node:fs';

const COLUMNS = [
  ['species', 'Species'],
  ['island', 'Island'],
  ['bill_length_mm', 'Beak Length (mm)'],
  ['bill_depth_mm', 'Beak Depth (mm)'],
  ['flipper_length_mm', 'Flipper Length (mm)'],
  ['body_mass_g', 'Body Mass (g)'],
  ['sex', 'Sex'],
];

const rows = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const cell = (v) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  if (/[",\n]/.test(s)) throw new Error(`a value needs quoting: ${s}`);
  return s;
};
const lines = [COLUMNS.map(([name]) => name).join(',')];
for (const row of rows) {
  if (Object.keys(row).length !== COLUMNS.length) throw new Error(`unexpected fields: ${Object.keys(row)}`);
  lines.push(COLUMNS.map(([, source]) => cell(row[source])).join(','));
}
process.stdout.write(`${lines.join('\n')}\n`);
