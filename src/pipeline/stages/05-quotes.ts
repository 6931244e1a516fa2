import type { Block, Entity, Quote } from '../../shared/article-asset';
import { groupBy } from '../../shared/group-by';
import { lexicon } from '../lexicon';
import { CHANTED_BEFORE_QUOTE, HEADLINE_VERBS, NAMING_VERBS } from '../lexicon/speech-verbs';
import { ORG_NOUN_SET } from '../lexicon/reference-nouns';
import { type Discourse, type PlacedMention, discourse, personEndingParagraph, sentenceSubject, speakerInSentence } from '../quotes/attribution';
import { type QuoteSpan, citesAWork, namesSomething, quoteSpans } from '../quotes/quote-spans';
import type { Sentence } from './03-sentences';

/** Every quoted span, with who said it where the text says so. */
export function findQuotes(blocks: readonly Block[], sentences: readonly Sentence[], entities: readonly Entity[]): Quote[] {
  const lex = lexicon();
  const byBlock = groupBy(sentences, (s) => s.block);
  const sentenceOf = (block: string, at: number) => {
    const list = byBlock.get(block);
    return list?.find((s) => at >= s.start && at <= s.end) ?? list?.[0];
  };
  const mentions: PlacedMention[] = entities.flatMap((e) =>
    e.mentions.map((m) => {
      const s = sentenceOf(m.block, m.start);
      return { entity: e, block: m.block, start: m.start, end: m.end, sentence: s?.index ?? 0, sentenceStart: s?.start ?? 0 };
    }),
  );
  const ctx = discourse(mentions, new Map(blocks.map((b) => [b.id, b.text])), sentences);
  const blocksNamingSomeone = new Set(mentions.filter((m) => m.entity.type === 'person').map((m) => m.block));
  const quotes: Quote[] = [];
  const rank = new Map(blocks.map((b, i) => [b.id, i]));
  let previous: { speaker: Entity | null; block: number } | null = null;
  // Quotes that run on into the next paragraph with no cue of their own: the paragraph that
  // continues them ("“… ,” Biden added.") says who spoke.
  let runningOn: Quote[] = [];
  // A dek's words in quotation marks that no one there says: someone's, if the body has them say it.
  const unsaidInDek: Array<{ block: Block; q: QuoteSpan }> = [];

  // The title last: its source ("… – Moscow") is read against what the body says.
  const order = [...blocks.filter((b) => b.id !== 'title'), ...blocks.filter((b) => b.id === 'title')];
  let leftOpen = -1;
  for (const block of order) {
    const blockIndex = rank.get(block.id)!;
    const spans = quoteSpans(block.text, { continuing: leftOpen === blockIndex - 1 && block.id !== 'title' });
    leftOpen = spans.at(-1)?.open ? blockIndex : -1;
    for (const q of spans) {
      if (namesSomething(block.text, q, lex.speechVerbs) || citesAWork(block.text, q)) continue;
      // ("a new advisory body, the “Department of Government Efficiency,”": a name set in quotation marks, all the marks hold, is named, not said.)
      // (Not what someone called a person: "called him “Great Senator.”")
      if (/\bthe\s*[“"]$/.test(block.text.slice(Math.max(0, q.start - 6), q.start)) &&
        (ctx.inBlock.get(block.id) ?? []).some((m) => m.start === q.start && m.entity.type !== 'person' && /^[,.]?$/.test(block.text.slice(m.end, q.end)))) continue;
      // "the so-called ‘shadow fleet’", or a headline's ‘shadow fleet’ the body calls "so-called" or gives as a name: a term held at a distance, no one's words.
      if (/\bso-called\s*\S?$/i.test(block.text.slice(Math.max(0, q.start - 12), q.start)) ||
        ((block.id === 'title' || block.id === 'dek') && namedNotSaidInBody(block.text.slice(q.start, q.end), blocks, lex.speechVerbs))) continue;
      const s = sentenceOf(block.id, q.start);
      if (!s) continue;
      // ("IAEA chief calls strikes ‘reckless’": a headline that names no one gives its quoted words to
      // whoever the body has saying them, before any guess at who "chief" is.)
      const namesSomeone = blocksNamingSomeone.has(block.id);
      // (Words the body quotes too are whoever the body has say them, before any guess at whom "watchdog" means.)
      let speaker = (block.id === 'title' && !namesSomeone ? echoedInBody(block.text.slice(q.start, q.end), quotes, entities) : undefined) ??
        (block.id === 'title' || block.id === 'dek' ? bodyTheHeadlineMeans(block.text.slice(s.start, q.start), ctx, lex.speechVerbs) : undefined) ??
        speakerInSentence(block.text, s, q, spans, ctx, lex);
      // A quote of several sentences says who after its last one: “… . … ,” Eastman said.
      const last = speaker ? s : sentenceOf(block.id, q.end);
      if (last && last !== s) speaker = speakerInSentence(block.text, last, q, spans, ctx, lex) ?? speaker;
      // ("Grain deal ‘dead’ unless West meets demands – Kremlin": a cue naming no one in the headline
      // gives way to the source it ends with.)
      if (!speaker && block.id === 'title') speaker = headlineSource(block.text, mentions, quotes, entities, lex.speechVerbs) ?? speaker;
      if (speaker === undefined && block.id === 'title' && namesSomeone) speaker = echoedInBody(block.text.slice(q.start, q.end), quotes, entities);
      // ("‘I never planned to be a farmer’: the teacher who …": a headline's words in the first person, said by no one
      // it names, are those of the one person its story opens on.)
      if (!speaker && block.id === 'title' && !namesSomeone && FIRST_PERSON.test(block.text.slice(q.start, q.end))) speaker = soleOpeningPerson(blocks, mentions) ?? speaker;
      // (After the quote's last sentence: "“… attack. What could be more inhumane?” President … wrote on Telegram.")
      if (speaker === undefined) speaker = nextSentenceCue(block, last ?? s, sentences, spans, ctx, lex);
      const inWritersSentence = isFragment(block.text, s, q);
      if (speaker === undefined && !inWritersSentence) speaker = previousSentenceCue(block, s, sentences, spans, ctx, lex);
      if (speaker === undefined && q.start <= 1) speaker = announcedBefore(order[order.indexOf(block) - 1], byBlock, ctx, lex);
      const ownCue = speaker !== undefined;
      const continues = runningOn.length > 0 && previous !== null && blockIndex - previous.block === 1 && q.start <= 1;
      if (!continues) runningOn = [];
      // A few words in quotation marks inside the writer's own sentence, with no one saying
      // them ("granted “parole” status"), are scare quotes: no quote at all.
      // (Not words a crowd chants or a banner reads, said by no one named: "chanting “Arrest Yoon Suk Yeol.”")
      const chanted = CHANTED_BEFORE_QUOTE.test(block.text.slice(Math.max(0, q.start - 40), q.start));
      // (Unless a verb of saying, not of naming, introduces them, someone unnamed the speaker: "one official warned that “the cupboard is bare.”")
      // ("forecasters had warned could be “catastrophic.”": the verb of saying may govern a clause the words end.)
      // ("…and implored the plan’s critics, “Read the bill.”": past a comma the words open after.)
      const clauses = block.text.slice(Math.max(0, q.start - 150), q.start).split(/[.;:!?,(]/);
      const clause = /^\s*[“"‘']?$/.test(clauses.at(-1)!) && clauses.length > 1 && /,\s*[“"‘']?$/.test(block.text.slice(Math.max(0, q.start - 4), q.start)) ? clauses.at(-2)! : clauses.at(-1)!;
      // (A verb in the past or the present, not a noun spelt alike: "asylum claim- ‘legacy backlog’".)
      const saidBy = clause.split(/[^\p{L}]+/u).find((w) => lex.speechVerbs.has(w.toLowerCase()) && !NAMING_VERBS.test(w.toLowerCase()) &&
        /(?:ed|said|told|wrote|spoke|says|tells|writes)$/i.test(w));
      const saidByNoOne = speaker === null && !!saidBy;
      if (!continues && !speaker && inWritersSentence && !chanted && !saidByNoOne) {
        if (block.id === 'dek') unsaidInDek.push({ block, q });
        continue;
      }
      if (chanted && speaker === undefined) speaker = null;
      // ("Accepting the prize …, Harvey dedicated it to “…”": a person the sentence is about, named before the words, is
      // whose they are, before whoever spoke in the sentence before.)
      if (speaker === undefined && !inWritersSentence && block.id !== 'title' && block.id !== 'dek') {
        // (Only where no one else is named: "Xi Jinping and … Vladimir Putin have signed a statement on their “…”" is both's.)
        const people = new Set(mentions.filter((m) => m.block === block.id && m.start >= s.start && m.end <= q.start && m.entity.type === 'person').map((m) => m.entity));
        // ("He had spoken to Boakai “to congratulate him …”", "Weah had spoken to Boakai …": so is the one the sentence opens
        // with, named alone or meant by a pronoun, whoever else it names after.)
        const pronounFirst = /^(?:He|She)\s+\p{Ll}/u.test(block.text.slice(s.start, q.start));
        const opener = mentions.find((m) => m.block === block.id && m.start === s.start && m.entity.type === 'person');
        const alone = !!opener && !/^(?:['’]s?\b|\s*(?:,|and\b|&))/.test(block.text.slice(opener.end));
        const subject = people.size === 1 || pronounFirst || alone ? sentenceSubject(block.text, s, spans, ctx, lex, q.start) : null;
        if (subject && (pronounFirst ? subject.type === 'person' : people.size === 1 ? people.has(subject) : subject === opener?.entity)) speaker = subject;
      }
      // "Kiara Perkins, a second year art major, admitted she … Why did she want to attend? “It's
      // Warhol. He is a legend.”": a quote with no cue, in a paragraph about one person only, is theirs.
      if (speaker === undefined && !inWritersSentence && block.id !== 'title' && block.id !== 'dek') speaker = onlyPersonBefore(block.id, q.start, ctx, spans);
      // A quote with no cue of its own goes on from the one before it.
      if (speaker === undefined && previous && blockIndex - previous.block <= 1 && block.id !== 'title') speaker = previous.speaker;
      // A paragraph that opens with words said in the first person, with no cue at all, after
      // a paragraph that ended on a person: that person's words.
      if (speaker === undefined && q.start <= 1 && block.id !== 'title' && FIRST_PERSON.test(block.text.slice(q.start, q.end))) {
        const prev = order[order.indexOf(block) - 1];
        const last = prev && prev.id !== 'title' ? byBlock.get(prev.id)?.at(-1) : undefined;
        speaker = (last && personEndingParagraph(prev!.text, last, ctx, lex)) ?? undefined;
      }
      // Events, works and products do not speak, whichever cue pointed at one.
      const who: Entity | null = speaker && speaker.type !== 'other' ? speaker : null;
      const quote: Quote = { id: '', block: block.id, start: q.start, end: q.end, text: block.text.slice(q.start, q.end), speaker: who?.id ?? null };
      quotes.push(quote);
      if (continues && ownCue && who) for (const r of runningOn) r.speaker = who.id;
      if (q.open && !ownCue) runningOn.push(quote);
      else if (!q.open) runningOn = [];
      if (who) {
        ctx.lastSpeaker.set(who.type, who);
        ctx.lastSpeaker.set('any', who);
      }
      previous = { speaker: who, block: blockIndex };
    }
  }
  // ("The London department store said it was ‘utterly appalled’": a place in a headline's
  // description of the speaker is where it is; the body says who said those words.)
  // (Not a place that speaks: "Beijing vows ‘resolute measures’".)
  for (const q of quotes) {
    if ((q.block !== 'title' && q.block !== 'dek') || entities.find((e) => e.id === q.speaker)?.type !== 'place') continue;
    const text = blocks.find((b) => b.id === q.block)!.text;
    const place = mentions.find((m) => m.block === q.block && m.entity.id === q.speaker && m.end <= q.start);
    const next = place && /^\s+(\p{Ll}+)/u.exec(text.slice(place.end))?.[1];
    if (!next || lex.speechVerbs.has(next) || /(?:s|ed)$/.test(next)) continue;
    const echo = echoedInBody(q.text, quotes.filter((x) => x.block !== 'dek'), entities);
    if (echo && echo.type !== 'place') q.speaker = echo.id;
  }
  // ("Judge says attack was ‘brutal and senseless’": a dek that names no one, read before the body,
  // gives its quoted words to whoever the body has saying them.)
  // ("… vows to form a government by Easter and ‘achieve independence’ from the US": so are words it
  // gives no one, which read as the writer's own until the body has someone say them.)
  const inBody = quotes.filter((x) => x.block !== 'dek' && x.block !== 'title');
  for (const q of quotes) {
    if (q.block !== 'dek' || q.speaker !== null || blocksNamingSomeone.has('dek')) continue;
    q.speaker = echoedInBody(q.text, inBody, entities)?.id ?? null;
  }
  for (const { block, q } of unsaidInDek) {
    const text = block.text.slice(q.start, q.end);
    const echo = echoedInBody(text, inBody, entities);
    if (echo) quotes.push({ id: '', block: block.id, start: q.start, end: q.end, text, speaker: echo.id });
  }
  quotes.sort((a, b) => rank.get(a.block)! - rank.get(b.block)! || a.start - b.start);
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  return quotes;
}

function namedNotSaidInBody(words: string, blocks: readonly Block[], speechVerbs: ReadonlySet<string>): boolean {
  const said = words.toLowerCase();
  const needle = `so-called ${said}`;
  // (Or names with them: "the ‘God particle’" in a headline, "disliked the nickname the “God particle”" below.)
  return blocks.some((b) => b.id !== 'title' && b.id !== 'dek' && (b.text.toLowerCase().includes(needle) ||
    (b.text.toLowerCase().includes(said) && quoteSpans(b.text).some((q) =>
      b.text.slice(q.start, q.end).toLowerCase().replace(/[.,]$/, '') === said && namesSomething(b.text, q, speechVerbs)))));
}

/** The one person the dek and the first paragraph name, if they name one only. */
function soleOpeningPerson(blocks: readonly Block[], mentions: readonly PlacedMention[]): Entity | undefined {
  const opening = new Set(blocks.filter((b) => b.id !== 'title').slice(0, 2).map((b) => b.id));
  const people = new Set(mentions.filter((m) => opening.has(m.block) && m.entity.type === 'person').map((m) => m.entity));
  return people.size === 1 ? [...people][0] : undefined;
}

const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|we|We|we['’]re|We['’]re|my|My|our|Our|us|me)\b/;

/** At most four words, inside a sentence (not opening it, nor a sentence of its own after a colon). */
function isFragment(text: string, s: Sentence, q: { start: number; end: number }): boolean {
  const words = text.slice(q.start, q.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const before = text.slice(s.start, q.start);
  const announced = /:\s*\W?$/u.test(before) && /^\W*\p{Lu}/u.test(text.slice(q.start, q.end));
  return words <= 4 && /[\p{L}\d]/u.test(before) && !announced;
}

/** "Zakharova slams ‘reckless’ move": the name that opens a headline, when a saying verb follows it. */
function leadingSpeaker(title: string, mentions: readonly PlacedMention[], speechVerbs: ReadonlySet<string>): Entity | undefined {
  const lead = mentions.filter((x) => x.block === 'title').sort((a, b) => a.start - b.start)[0];
  if (!lead || title.slice(0, lead.start).trim().split(/\s+/).filter(Boolean).length > 2) return undefined;
  const verb = /^\s+(\p{L}+)/u.exec(title.slice(lead.end))?.[1]?.toLowerCase();
  return verb && (speechVerbs.has(verb) || HEADLINE_VERBS.has(verb)) && lead.entity.type !== 'other' ? lead.entity : undefined;
}

/**
 * "Union says wards are ‘dangerously short’", "Police say …": a headline or a dek whose speaker
 * is a kind of body it does not name means the body the article names so ("Police Scotland"),
 * or else the first body its text says spoke ("the Royal College of Nursing said on Wednesday").
 */
function bodyTheHeadlineMeans(before: string, ctx: Discourse, speechVerbs: ReadonlySet<string>): Entity | undefined {
  const said = /(?:^|\s)(\p{L}+)\s+(\p{L}+)(?:\s+\S+){0,6}$/u.exec(before.replace(/[\s“‘"']+$/u, ''));
  const noun = said?.[1]?.toLowerCase();
  if (!noun || !ORG_NOUN_SET.has(noun) || !(speechVerbs.has(said![2]!.toLowerCase()) || HEADLINE_VERBS.has(said![2]!.toLowerCase()))) return undefined;
  const body = ctx.inOrder.filter((m) => m.block !== 'title' && m.block !== 'dek' && m.entity.type === 'organization');
  const named = body.find((m) => m.entity.name.toLowerCase().split(/\s+/).includes(noun));
  if (named) return named.entity;
  const spoke = body.find((m) => {
    const after = /^\s+(?:on\s+\p{Lu}\p{Ll}+\s+|\p{Lu}\p{Ll}+day\s+)?(\p{L}+)/u.exec((ctx.texts.get(m.block) ?? '').slice(m.end, m.end + 40));
    return after !== null && speechVerbs.has(after[1]!.toLowerCase());
  });
  return spoke?.entity;
}

/** The one person the paragraph names before `at`, when it opens by naming them; undefined otherwise. */
function onlyPersonBefore(block: string, at: number, ctx: Discourse, spans: readonly QuoteSpan[]): Entity | undefined {
  // (Not one named inside a quote: "“Assad … arrived in Moscow,” a Kremlin source told TASS.")
  const before = (ctx.inBlock.get(block) ?? []).filter((m) => m.end <= at && !spans.some((q) => m.start >= q.start && m.end <= q.end));
  const people = new Set(before.filter((m) => m.entity.type === 'person').map((m) => m.entity));
  if (people.size !== 1) return undefined;
  const [person] = people;
  const first = before.find((m) => m.entity === person)!;
  return first.sentenceStart === 0 && first.start < 40 ? person : undefined;
}

/** “…,” and then a short sentence that says who: "Smith said." */
function nextSentenceCue(
  block: Block, s: Sentence, sentences: readonly Sentence[], spans: ReturnType<typeof quoteSpans>,
  ctx: Discourse, lex: ReturnType<typeof lexicon>,
): Entity | null | undefined {
  const next = sentences[s.index + 1];
  // (A longer one too, where its first words say who spoke: "“What crime have I committed?” Duterte was heard saying in a video …".)
  // (Not one that says who said words of its own: "… chanting “Arrest Yoon Suk Yeol.” The US State Department said … “with grave concern.”")
  const opensWithCue = next && next.tokens.slice(1, 5).some((t) => lex.speechVerbs.has(t.text.toLowerCase())) &&
    !spans.some((x) => x.start >= next.start && x.start < next.end);
  if (!next || next.block !== block.id || (next.tokens.length > 8 && !opensWithCue)) return undefined;
  const fake = { start: next.start, end: next.start };
  return speakerInSentence(block.text, next, fake, spans, ctx, lex) ?? undefined;
}

/** "Heald noted the findings matter. “…”": a sentence before, with no quote of its own, that says who speaks. */
function previousSentenceCue(
  block: Block, s: Sentence, sentences: readonly Sentence[], spans: ReturnType<typeof quoteSpans>,
  ctx: Discourse, lex: ReturnType<typeof lexicon>,
): Entity | undefined {
  const prev = sentences[s.index - 1];
  if (!prev || prev.block !== block.id || spans.some((x) => x.start < prev.end && prev.start < x.end)) return undefined;
  const fake = { start: prev.end, end: prev.end };
  return speakerInSentence(block.text, prev, fake, spans, ctx, lex) ?? undefined;
}

/** "Zakharova wrote on Telegram:" (or "Rathbun stated,") closing one paragraph, and the quote opening the next. */
function announcedBefore(
  prev: Block | undefined, byBlock: ReadonlyMap<string, Sentence[]>, ctx: Discourse, lex: ReturnType<typeof lexicon>,
): Entity | undefined {
  // "Rathbun stated," closing a paragraph says it as well as a colon does.
  if (!prev || prev.id === 'title' || !/[:,]\s*$/.test(prev.text)) return undefined;
  const last = byBlock.get(prev.id)?.at(-1);
  if (!last) return undefined;
  const end = prev.text.trimEnd().length;
  const said = speakerInSentence(prev.text, last, { start: end, end, open: false }, [], ctx, lex);
  if (said !== undefined || !/:\s*$/.test(prev.text)) return said ?? undefined;
  // ("Senator Lindsey Graham, the panel’s top Republican, went further:": a colon with no verb of
  // saying announces the one the sentence is about.)
  const subject = sentenceSubject(prev.text, last, [], ctx, lex);
  return subject && (subject.type === 'person' || subject.type === 'organization') ? subject : undefined;
}

/**
 * "Council leader quits over ‘unworkable’ housing targets": a headline's quoted words that a
 * quote in the body says too (“simply unworkable,” she said) are that quote's speaker's.
 */
function echoedInBody(words: string, quotes: readonly Quote[], entities: readonly Entity[]): Entity | undefined {
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const said = norm(words);
  if (!said) return undefined;
  const echo = quotes.find((q) => q.block !== 'title' && q.speaker && ` ${norm(q.text)} `.includes(` ${said} `));
  return echo ? entities.find((e) => e.id === echo.speaker) : undefined;
}

/**
 * A headline's trailing source, "Russia-US relations risk ‘being severed’ – Moscow".
 * A capital named as the source stands for the body that speaks for it: when the
 * article's quotes come mostly from one organisation, that is the speaker.
 */
const HEADLINE_ROLE_SOURCE = /^(?:\p{Lu}\p{Ll}+\s+)?(?:(?:top|senior|former|chief)\s+)?(?:envoy|diplomat|ambassador|spokes(?:man|woman|person)|minister|official|lawmaker|senator|general|commander|president|leader|MP|analyst|expert|prosecutor|judge)$/u;
function headlineSource(title: string, mentions: readonly PlacedMention[], quotes: readonly Quote[], entities: readonly Entity[], speechVerbs: ReadonlySet<string>): Entity | null | undefined {
  const m = /\s[–—-]\s*([^–—-]+?)\s*$/.exec(title) ?? /^([^:]{2,40}):\s/.exec(title);
  const at = m ? m.index + m[0].indexOf(m[1]!) : -1;
  const source = m ? mentions.find((x) => x.block === 'title' && x.start >= at && x.end <= at + m[1]!.length)?.entity : leadingSpeaker(title, mentions, speechVerbs);
  // ("Western sanctions ‘backfiring’ – Russian envoy": a role for a source, no name; the person the body quotes most.)
  if (!source && m && HEADLINE_ROLE_SOURCE.test(m[1]!)) return mostQuoted(quotes, entities, 'person')?.entity;
  if (!source) return undefined;
  if (source.type !== 'place') return source;
  const top = mostQuoted(quotes, entities);
  return top?.entity.type === 'organization' && top.count >= 2 ? top.entity : source;
}

/** The speaker of the most quotes so far (of one type, if given), with how many. */
function mostQuoted(quotes: readonly Quote[], entities: readonly Entity[], type?: Entity['type']): { entity: Entity; count: number } | undefined {
  const counts = new Map<Entity, number>();
  for (const q of quotes) {
    const e = q.speaker ? entities.find((x) => x.id === q.speaker) : undefined;
    if (e && (!type || e.type === type)) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top && { entity: top[0], count: top[1] };
}
