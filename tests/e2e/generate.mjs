// Seeded recap generator for the end-to-end suite and the benchmark: the
// same seed always gives the same people, so expectations are reproducible.

const FIRST = ['Anna', 'Jürgen', 'Zoë', 'Björn', 'Ärne', 'Özlem', 'Marie', 'Sören', 'José', 'Grit', 'Uwe', 'Käthe'];
const LAST = ['Müller', 'Schlömer', 'Weiß', 'Straße', 'Krüger', 'Böhme', 'Schulz', 'Hoffmann', 'Gößling', 'Émile', 'Neumann', 'Fuchs'];
const ORGS = ['Digital GmbH', 'Stadtwerke', 'Hochschule Jena', 'Landesamt', 'Cluster e.V.', 'Softwarehaus AG'];
const ROLES = ['Geschäftsführerin', 'Referent', 'Professorin', 'Staatssekretär', 'Leiterin IT', 'Berater'];
export const REGIONS = ['Sachsen', 'Sachsen-Anhalt', 'Thüringen'];
export const SECTORS = ['Wirtschaft', 'Politik', 'Verwaltung', 'Wissenschaft'];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `photos`: every person gets a photo of their own URL (the same image). */
export function generateRecap(people, seed = 1, { photos = false } = {}) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const speakers = [];
  const quotes = [];
  for (let i = 0; i < people; i += 1) {
    const speaker = { id: `p${i}`, name: `${pick(FIRST)} ${pick(LAST)} ${i}`, role: pick(ROLES), organization: pick(ORGS) };
    if (photos) speaker.photo = `/fixtures/photos/img/portrait.svg?person=${i}`;
    if (random() < 0.85) speaker.region = pick(REGIONS);
    if (random() < 0.9) speaker.sector = pick(SECTORS);
    speakers.push(speaker);
    if (random() < 0.4) {
      quotes.push({ id: `q${i}`, speaker: speaker.id, text: `Zitat ${i}: Digitalisierung braucht ${pick(['Mut', 'Geduld', 'Zusammenarbeit', 'Datenräume'])}.` });
    }
  }
  return {
    version: 1,
    language: 'de',
    event: { title: `Generierte Konferenz ${seed}`, date: '2025-03-01', city: 'Halle (Saale)', attendees: people },
    speakers,
    quotes,
  };
}
