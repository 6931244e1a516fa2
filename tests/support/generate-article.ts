// Deterministic, news-like articles of any size, for benchmarks and property tests
// that need more text than a fixture: many distinct people, places and bodies,
// quotes with speakers, and dates. Nothing here is a real article.

const FIRST = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemal', 'Lena',
  'Marco', 'Nadia', 'Omar', 'Paula', 'Quentin', 'Rosa', 'Samir', 'Tanya', 'Umar', 'Vera', 'Walter', 'Ximena', 'Yusuf',
  'Zara', 'Adrian', 'Bianca', 'Cyrus', 'Dora', 'Emil', 'Freya', 'Gustav', 'Hana', 'Ivan', 'Julia', 'Karim', 'Lucia'];
const LAST = ['Albers', 'Brandt', 'Castro', 'Dimitrov', 'Eriksen', 'Fischer', 'Gomez', 'Haddad', 'Ibrahim', 'Jensen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Sato', 'Tanaka', 'Urban',
  'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zielinski', 'Abbott', 'Baker', 'Costa', 'Duarte', 'Engel', 'Ferrari'];
const PLACES = ['Lisbon', 'Oslo', 'Nairobi', 'Lima', 'Hanoi', 'Cairo', 'Dublin', 'Warsaw', 'Quito', 'Manila', 'Tbilisi',
  'Accra', 'Riga', 'Porto', 'Lyon', 'Bergen', 'Kraków', 'Seville', 'Osaka', 'Perth'];
const BODIES = ['Ministry of Transport', 'National Weather Service', 'Harbour Authority', 'City Council',
  'Supreme Court', 'Central Bank', 'Red Cross', 'World Health Organization', 'United Nations'];
const ROLES = ['spokesperson', 'mayor', 'minister', 'director', 'professor', 'coach', 'chairwoman'];
const VERBS = ['said', 'added', 'warned', 'claimed', 'told reporters', 'insisted'];
const WHEN = ['on Monday', 'last week', 'in March', 'early 2022', 'on 4 July 2021', 'last month', 'in the 1990s', 'next year'];

/** A small, seedable PRNG (mulberry32): the same seed gives the same article. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateParagraph(rand: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const other = `${pick(FIRST)} ${pick(LAST)}`;
  const place = pick(PLACES);
  const body = pick(BODIES);
  switch (Math.floor(rand() * 4)) {
    case 0:
      return `“We will not wait any longer,” ${pick(VERBS)} ${person}, the ${pick(ROLES)} of the ${body} in ${place}, ${pick(WHEN)}.`;
    case 1:
      return `${person} met ${other} in ${place} ${pick(WHEN)} to discuss the plan, which the ${body} had rejected.`;
    case 2:
      return `The ${body} said ${pick(WHEN)} that talks in ${place} would resume. “It is a fair offer,” ${person} ${pick(VERBS)}.`;
    default:
      return `Residents of ${place} gathered ${pick(WHEN)}. ${other}, a local ${pick(ROLES)}, called the decision “a mistake” and ${person} agreed.`;
  }
}

/** An article of about `chars` characters (or `paragraphs` paragraphs), with front matter. */
export function generateArticle(opts: { seed?: number; chars?: number; paragraphs?: number; date?: string | null }): string {
  const rand = random(opts.seed ?? 1);
  const date = opts.date === undefined ? '2024-06-14' : opts.date;
  let out = date ? `---\ndate: ${date}\n---\n` : '';
  out += `Generated report number ${opts.seed ?? 1} on the harbour talks\n`;
  let n = 0;
  const parts: string[] = [];
  let size = out.length;
  while (opts.paragraphs !== undefined ? n < opts.paragraphs : size < (opts.chars ?? 5000)) {
    const p = generateParagraph(rand);
    parts.push(p);
    size += p.length + 1;
    n++;
  }
  return `${out}${parts.join('\n')}\n`;
}
