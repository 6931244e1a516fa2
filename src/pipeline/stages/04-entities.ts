import type { Block, Entity } from '../../shared/article-asset';
import { groupBy } from '../../shared/group-by';
import type { Candidate } from '../entities/candidates';
import { corefer } from '../entities/corefer';
import { glossedTerms } from '../entities/glossed-terms';
import { findMentions } from '../entities/mentions';
import { lexicon } from '../lexicon';
import { AP_STATES, AP_STATES_AFTER_TOWN } from '../lexicon/places';
import type { Sentence } from './03-sentences';

/** People, organisations, places and other named things, each with every mention. */
export function findEntities(blocks: readonly Block[], sentences: readonly Sentence[]): Entity[] {
  const lex = lexicon();
  const textOf = new Map(blocks.map((b) => [b.id, b.text]));
  const lowercase = lowercaseWords(blocks);
  const terms = glossedTerms(blocks);
  // The body first: the names it finds help read a headline in Title Case.
  const found = new Map(sentences.filter((s) => s.block !== 'title').map((s) => [s, findMentions(textOf.get(s.block)!, s, lex, false, lowercase)]));
  const bodyNameWords = new Set([...found.values()].flat().filter((c) => c.type === 'person').flatMap((c) => c.words));
  const bodyWords = new Set([...found.values()].flat().flatMap((c) => c.words));
  const candidates = dropStatesOutOfPlace(sentences.flatMap((s) => found.get(s) ?? findMentions(textOf.get(s.block)!, s, lex, true, lowercase, bodyNameWords, bodyWords))
    .filter((c) => !terms.has(c.words[c.words.length - 1]!.replace(/s$/, ''))), textOf);
  keepSuffixPeriods(candidates, textOf);
  spreadGlossedInitials(candidates);
  const entities = aliasesGathered(echoedOverShorter(corefer(candidates, lex, lex.knownNames).map((e) => withParticles(e, textOf)), textOf));
  // (A dek in Title Case hides names among its capitals as a headline does.)
  return echoedInTitle(echoedInTitle(entities, textOf.get('title') ?? ''), textOf.get('dek') ?? '', 'dek');
}

/**
 * "the Air India plane … Air India chairman N. Chandrasekaran said": a name of two words or more
 * that the body found is that name wherever its words stand again, over a shorter name read inside
 * them ("India", where an opening or a role hid the first word).
 */
function echoedOverShorter(entities: Entity[], textOf: ReadonlyMap<string, string>): Entity[] {
  const order = new Map([...textOf.keys()].map((id, i) => [id, i]));
  const forms = new Map<string, Entity>();
  for (const e of entities) for (const m of e.mentions) if (m.block !== 'title' && /\s/.test(m.text) && !forms.has(m.text)) forms.set(m.text, e);
  // (Looked up from each shorter mention, by its last word, and the entities rewritten once at the end,
  // so that a long article costs no more than its mentions.)
  const formsByWord = new Map<string, string[]>();
  for (const form of forms.keys()) {
    for (const w of new Set(form.split(/\s+/))) {
      const list = formsByWord.get(w);
      if (list) list.push(form);
      else formsByWord.set(w, [form]);
    }
  }
  const placed = entities.flatMap((e) => e.mentions.map((m) => ({ e, m })));
  const inBlock = groupBy(placed, ({ m }) => m.block);
  const moved = new Set<Entity['mentions'][number]>();
  const gained = new Map<Entity, Entity['mentions']>();
  for (const { m } of placed) {
    if (moved.has(m)) continue;
    const text = textOf.get(m.block) ?? '';
    for (const form of formsByWord.get(m.text.split(/\s+/).at(-1)!) ?? []) {
      if (form.length <= m.text.length) continue;
      for (let k = form.indexOf(m.text); k >= 0; k = form.indexOf(m.text, k + 1)) {
        const at = m.start - k;
        const end = at + form.length;
        if ((k > 0 && form[k - 1] !== ' ') || text.slice(at, end) !== form ||
          /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
        const overlapping = (inBlock.get(m.block) ?? []).filter((x) => !moved.has(x.m) && x.m.start < end && at < x.m.end);
        if (overlapping.some(({ m: x }) => x.start < at || x.end > end || (x.start === at && x.end === end))) continue;
        for (const x of overlapping) moved.add(x.m);
        const owner = forms.get(form)!;
        const whole = { block: m.block, start: at, end, text: form };
        const list = gained.get(owner);
        if (list) list.push(whole);
        else gained.set(owner, [whole]);
        inBlock.get(m.block)!.push({ e: owner, m: whole });
        break;
      }
      if (moved.has(m)) break;
    }
  }
  if (!moved.size) return entities;
  return entities.map((e) => {
    const kept = e.mentions.filter((m) => !moved.has(m));
    const added = gained.get(e) ?? [];
    if (kept.length === e.mentions.length && !added.length) return e;
    return { ...e, mentions: [...kept, ...added].sort((a, b) => order.get(a.block)! - order.get(b.block)! || a.start - b.start) };
  }).filter((e) => e.mentions.length > 0);
}

/**
 * "California’s Park Fire grows …" over "The Park Fire started …": a name of two words or more
 * that the body found is a name in the headline too, where a headline's capitals hid it
 * among ordinary words (and in a dek, which some papers write in Title Case as well).
 */
function echoedInTitle(entities: Entity[], headline: string, block = 'title'): Entity[] {
  const taken = entities.flatMap((e) => e.mentions.filter((m) => m.block === block));
  const free = (start: number, end: number) => taken.every((m) => end <= m.start || start >= m.end);
  // ("BIDEN AND TRUMP SWEEP SUPER TUESDAY CONTESTS": a headline in capitals names the body's people in capitals, one word
  // or more; where none is read, the body's names are sought in it as capitals.)
  const letters = headline.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length >= 12 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * 0.9;
  for (const e of entities) {
    const body = e.mentions.filter((m) => m.block !== 'title' && m.block !== 'dek');
    const forms = new Set(body.filter((m) => /\s/.test(m.text) || shouting && m.text.length >= 3 && !/^\p{Lu}+$/u.test(m.text))
      .map((m) => (shouting ? m.text.toUpperCase() : m.text)));
    // (A person by the surname alone too: "TRUMP" for the body's "Donald Trump".)
    if (shouting && e.type === 'person') for (const m of body) if (/\s/.test(m.text)) forms.add(m.text.split(/\s+/).at(-1)!.toUpperCase());
    for (const form of forms) {
      for (let at = headline.indexOf(form); at >= 0; at = headline.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (/[\p{L}\p{N}]/u.test(headline[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(headline[end] ?? '') || !free(at, end)) continue;
        const m = { block, start: at, end, text: headline.slice(at, end) };
        taken.push(m);
        e.mentions.push(m);
      }
    }
    // (Headline first, then the dek, each in its order; the body's as they were.)
    const rank = (b: string) => (b === 'title' ? 0 : b === 'dek' ? 1 : 2);
    e.mentions.sort((a, b) => rank(a.block) - rank(b.block) || (rank(a.block) < 2 && a.block === b.block ? a.start - b.start : 0));
  }
  return entities;
}

/**
 * "Robert Prevost … was elected, taking the name Leo XIV": a person's other name of two words or more, given them
 * where the text says so, gathers every other person of that name ("Pope Leo XIV" in the headline, "Leo said …").
 */
function aliasesGathered(entities: Entity[]): Entity[] {
  const byName = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'person') byName.set(e.name, e);
  const gone = new Set<Entity>();
  for (const e of entities) {
    if (e.type !== 'person' || gone.has(e)) continue;
    for (const form of new Set(e.mentions.map((m) => m.text))) {
      const other = /\s/.test(form) && form !== e.name && !e.name.includes(form) ? byName.get(form) : undefined;
      if (!other || other === e || gone.has(other)) continue;
      e.mentions.push(...other.mentions);
      gone.add(other);
    }
  }
  return gone.size ? entities.filter((e) => !gone.has(e)) : entities;
}

/** "Ore", "Ga": a state's short form that spells a word is a state only after a town, with its period ("PORTLAND, Ore. —"). */
function dropStatesOutOfPlace(candidates: Candidate[], textOf: ReadonlyMap<string, string>): Candidate[] {
  return candidates.filter((c) => {
    if (!Object.hasOwn(AP_STATES_AFTER_TOWN, c.text.toLowerCase())) return true;
    const text = textOf.get(c.block)!;
    return text[c.end] === '.' && /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(text.slice(Math.max(0, c.start - 40), c.start));
  });
}

/** "Ferdinand Marcos Jr. and …": a name's "Jr." keeps its period, which the tokens leave out. */
function keepSuffixPeriods(candidates: Candidate[], textOf: ReadonlyMap<string, string>): void {
  for (const c of candidates) {
    // ("Palm Beach, Fla.": an abbreviated state keeps its period too.)
    if ((/\b(?:Jr|Sr)$/.test(c.text) || Object.hasOwn(AP_STATES, c.text.toLowerCase()) || Object.hasOwn(AP_STATES_AFTER_TOWN, c.text.toLowerCase())) && textOf.get(c.block)![c.end] === '.') {
      Object.assign(c, { end: c.end + 1, text: `${c.text}.` });
    }
  }
}

/**
 * "the Federal Penitentiary Service (FSIN) … FSIN said", "Mohamed Hamdan Dagalo, known as Hemedti …
 * Hemedti said": initials or a byname the article gave a name stand for it wherever they stand.
 */
function spreadGlossedInitials(candidates: Candidate[]): void {
  const glossed = new Map(candidates.filter((c) => c.canonical && (/^\p{Lu}{2,8}$/u.test(c.text) || c.type === 'person' && c.words.length === 1)).map((c) => [c.text, c]));
  for (const c of candidates) {
    const g = glossed.get(c.text);
    if (g && !c.canonical) Object.assign(c, { canonical: g.canonical, type: g.type });
  }
}

/**
 * "“…,” van Dijk said": a surname's lowercase particle opening a sentence's clause is no
 * capitalised run's, so the mention is "Dijk"; the name says the particle belongs to it.
 */
function withParticles(e: Entity, textOf: ReadonlyMap<string, string>): Entity {
  if (e.type !== 'person') return e;
  const mentions = e.mentions.map((m) => {
    const at = e.name.lastIndexOf(` ${m.text}`);
    // ("Marine Le Pen … Le Pen said": a particle the name writes with a capital, opening the sentence as it does the name.)
    const particles = at > 0 ? /(?:^|\s)((?:\p{Ll}+ )+|(?:Le|La|De|Da|Di|Du|Del|Van|Von|Al|El) )$/u.exec(e.name.slice(0, at + 1))?.[1] : undefined;
    if (!particles || !e.name.endsWith(m.text)) return m;
    const text = textOf.get(m.block) ?? '';
    const written = text.slice(m.start - particles.length, m.start);
    if (written !== particles && written.toLowerCase() !== particles.toLowerCase()) return m;
    if (written !== particles && !/(?:^|[.!?]["”’]?\s+|[“"‘]\s*)$/u.test(text.slice(0, m.start - particles.length))) return m;
    return { ...m, start: m.start - particles.length, text: written + m.text };
  });
  return { ...e, mentions };
}

/** Words the article writes in lowercase somewhere ("nonpartisan"): ordinary words, wherever else they stand. */
function lowercaseWords(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    if (b.id === 'title') continue;
    for (const m of b.text.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{L}]*/gu)) out.add(m[0]);
  }
  return out;
}
