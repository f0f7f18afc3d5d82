// Runs Microsoft Recognizers-Text 1.3.1 (English number, percentage, currency and dimension models)
// over one UTF-8 text file, paragraph by paragraph, and prints JSON:
// {"chars": N, "bytes": N, "seconds": wall S, "cpuSeconds": S, "results": [{"model", "start", "end", "text", "value", "unit"}]}
// with start/end as offsets into the whole file (end exclusive). Used by ExtractBench.
'use strict';
const fs = require('fs');
const N = require('@microsoft/recognizers-text-number');
const U = require('@microsoft/recognizers-text-number-with-unit');

const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
const numbers = new N.NumberRecognizer(N.Culture.English);
const units = new U.NumberWithUnitRecognizer(U.Culture.English);
const models = {
  number: numbers.getNumberModel(),
  percentage: numbers.getPercentageModel(),
  currency: units.getCurrencyModel(),
  dimension: units.getDimensionModel(),
};

const results = [];
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let offset = 0;
for (const paragraph of text.split('\n')) {
  if (paragraph.trim().length > 0) {
    for (const [name, model] of Object.entries(models)) {
      for (const r of model.parse(paragraph)) {
        results.push({
          model: name, start: offset + r.start, end: offset + r.end + 1, text: r.text,
          value: r.resolution ? String(r.resolution.value) : null,
          unit: r.resolution && r.resolution.unit ? r.resolution.unit : null,
        });
      }
    }
  }
  offset += paragraph.length + 1;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(JSON.stringify({chars: text.length, bytes: Buffer.byteLength(text, 'utf8'), seconds, cpuSeconds, results}));
