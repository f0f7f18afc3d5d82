// Reads every bundled dataset with Frictionless's datapackage-js: the descriptor must be valid and every row of
// every resource must cast to its schema (types, and pattern constraints where a column mixes forms); any error
// fails (exit 1). With --control DIR it checks itself instead: a copy of DIR whose first claim's value is written
// "95,000" and whose first claim's period_start is written "2022/03" must give exactly those two errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const {Package} = require('datapackage');

async function read(dirs) {
  let errors = 0;
  for (const dir of dirs) {
    const pkg = await Package.load(path.resolve(dir, 'datapackage.json'), {basePath: path.resolve(dir)});
    if (!pkg.valid) {
      pkg.errors.forEach(e => console.error(`${path.join(dir, "datapackage.json")}: ${e.message}`));
      errors += pkg.errors.length;
    }
    for (const resource of pkg.resources) {
      try {
        const rows = await resource.read({cast: true, forceCast: true});
        rows.filter(r => r instanceof Error).forEach((e, i) => {
          console.error(`${path.join(dir, resource.descriptor.path)}: ${e.message}${e.errors ? ' ' + e.errors.map(x => x.message).join('; ') : ''}`);
          errors += e.errors ? e.errors.length : 1;  // one per bad cell
        });
        console.log(`${path.join(dir, resource.descriptor.path)}: ${rows.length} rows read`);
      } catch (e) {
        console.error(`${path.join(dir, resource.descriptor.path)}: ${e.message}${e.errors ? ' ' + e.errors.map(x => x.message).join('; ') : ''}`);
        errors++;
      }
    }
  }
  return errors;
}

async function control(dir) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'frictionless-control-'));
  fs.cpSync(dir, copy, {recursive: true});
  const file = path.join(copy, 'claims.csv');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split(',');
  const cells = lines[1].split(',');  // the first claim's id, indicator, entity, period and value hold no comma
  cells[header.indexOf('value')] = '"95,000"';
  cells[header.indexOf('period_start')] = '2022/03';
  lines[1] = cells.join(',');
  fs.writeFileSync(file, lines.join('\n'));
  const errors = await read([copy]);
  fs.rmSync(copy, {recursive: true});
  console.log(errors === 2 ? 'frictionless control: the two bad cells were refused' : `frictionless control: ${errors} errors, expected 2`);
  return errors === 2 ? 0 : 1;
}

async function main(args) {
  if (args[0] === '--control') {
    return control(args[1]);
  }
  const errors = await read(args);
  console.log(errors === 0 ? 'frictionless: every dataset read with no error' : `frictionless: ${errors} errors`);
  return errors === 0 ? 0 : 1;
}
main(process.argv.slice(2)).then(code => process.exit(code)).catch(e => { console.error(e); process.exit(1); });
