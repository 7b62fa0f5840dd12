// A valid missions file of any length in the schema of data/missions.csv, the same for the same seed: the
// end-to-end test of scale and the benchmark's scale series load it as Your own data.

const HEADER = 'acronym,predecessor,name,host,region,table,un_start,china_start,china_end,civilian,military_observers,troops,civilian_police,note';
const REGIONS = ['Africa', 'Asia', 'Middle East', 'Europe', 'Americas'];

/** `rows` missions drawn from a linear congruential generator started at `seed`. */
export function generatedMissions(rows, seed = 20) {
  let state = seed;
  const random = (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
  const month = (ordinal) => `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
  const lines = [HEADER];
  for (let index = 0; index < rows; index++) {
    // GENA, GENB, …, GENBA: capital letters only, as an acronym must be.
    let acronym = '';
    for (let rest = index; ; rest = Math.floor(rest / 26) - 1) {
      acronym = String.fromCharCode(65 + (rest % 26)) + acronym;
      if (rest < 26) break;
    }
    const unStart = (1948 + random(62)) * 12 + random(12);
    const chinaStart = Math.min(unStart + random(120), 2010 * 12 + 11);
    const ended = random(3) > 0;
    const chinaEnd = ended ? month(Math.min(chinaStart + random(150), 2010 * 12 + 11)) : '';
    // One mission in eight has no figures, as MONUSCO has none in the paper.
    const counts = random(8) === 0 ? ['', '', '', ''] : [random(30), random(120), random(5) === 0 ? random(4000) : 0, random(400)];
    lines.push(
      [
        `GEN${acronym}`,
        '',
        `Generated mission ${index + 1}`,
        `Host ${(index % 97) + 1}`,
        REGIONS[random(REGIONS.length)],
        chinaStart < 2000 * 12 ? 1 : 2,
        month(unStart),
        month(chinaStart),
        chinaEnd,
        ...counts,
        '',
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}
