// Reads every bundled dataset with Frictionless's datapackage-js: the descriptor must be valid and every row of
// every resource must cast to its schema; any error fails (exit 1).
const path = require('path');
const {Package} = require('datapackage');

async function main(dirs) {
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
          errors++;
        });
        console.log(`${path.join(dir, resource.descriptor.path)}: ${rows.length} rows read`);
      } catch (e) {
        console.error(`${path.join(dir, resource.descriptor.path)}: ${e.message}${e.errors ? ' ' + e.errors.map(x => x.message).join('; ') : ''}`);
        errors++;
      }
    }
  }
  console.log(errors === 0 ? 'frictionless: every dataset read with no error' : `frictionless: ${errors} errors`);
  process.exit(errors === 0 ? 0 : 1);
}
main(process.argv.slice(2)).catch(e => { console.error(e); process.exit(1); });
