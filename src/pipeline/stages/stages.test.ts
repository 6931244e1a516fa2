import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeText } from '../analyze-article';
import { Diagnostics } from '../diagnostics';
import { readSource } from './01-read-source';
import { paragraphIds, readsAsDek } from './02-paragraphs';
import { sentenceSpans } from './03-sentences';
import { tagTimex } from '../timex/tag-timex';

const article = (body: string, date = '2024-01-03') => `---\ndate: ${date}\n---\nA title for the test\n${body}\n`;
const analyse = (body: string, date?: string) => {
  const { asset, diagnostics } = analyzeText('t.txt', article(body, date));
  if (!asset) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return asset;
};
const speakerOf = (body: string, quote: string) => {
  const a = analyse(body);
  const q = a.quotes.find((x) => x.text === quote);
  return q ? (q.speaker ? a.entities.find((e) => e.id === q.speaker)!.name : null) : 'no such quote';
};

describe('01 read source', () => {
  it.each([
    ['---\ndate: 2023-02-30\n---\nT\n', /not a date/],
    ['---\ndate: 2023-01-01\n', /not closed/],
    ['---\ndate: 2023-01-01\ndate: 2023-01-02\n---\nT\n', /given twice/],
  ])('rejects bad front matter %#', (text, message) => {
    const d = new Diagnostics('f.txt');
    readSource(text, d);
    expect(d.items.map((x) => x.message).join()).toMatch(message);
    expect(d.items[0]!.line).toBeGreaterThan(0);
  });

  it.each([
    [new Uint8Array(), /empty/],
    [new Uint8Array([0x41, 0, 0x42]), /binary/],
    [new Uint8Array([0x41, 0xff, 0x42]), /not valid UTF-8/],
    [new TextEncoder().encode('  \n \n'), /no title/],
  ])('rejects unreadable input %#', (bytes, message) => {
    const { asset, diagnostics } = analyzeBytes('f.txt', bytes);
    expect(asset).toBeNull();
    expect(diagnostics[0]!.message).toMatch(message);
  });

  it('accepts a BOM and CRLF line ends', () => {
    const { asset } = analyzeBytes('f.txt', new TextEncoder().encode('\uFEFFTitle\r\nA dek\r\nBody one.\r\n'));
    expect(asset?.title.text).toBe('Title');
    expect(asset?.dek?.text).toBe('A dek');
  });
});

describe('02 paragraphs', () => {
  it.each([
    ['Councillors back the plan', true],
    ['It ends as a sentence.', false],
    ['He said “no.”', false],
    ['Risks of “rampant Russophobia”', true],
  ])('%s reads as a dek: %s', (line, expected) => expect(readsAsDek(line)).toBe(expected));

  it('gives ids that survive insertion, removal and edits elsewhere, and stay unique', () => {
    const before = paragraphIds(['First one.', 'Second one.', 'Third one.']);
    const after = paragraphIds(['New first.', 'First one.', 'Third one edited.', 'Second one.']);
    expect(after[1]).toBe(before[0]);
    expect(after[3]).toBe(before[1]);
    const same = paragraphIds(['Same text.', 'Same text.']);
    expect(new Set(same).size).toBe(2);
    for (const id of [...before, ...after, ...same]) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('03 sentences', () => {
  it.each([
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    ['Mr. Smith met Dr. Jones in the U.S. on Monday.', ['Mr. Smith met Dr. Jones in the U.S. on Monday.']],
    ['“It is over.” She left.', ['“It is over.”', 'She left.']],
    ['It was L. Ron Hubbard. Then it ended.', ['It was L. Ron Hubbard.', 'Then it ended.']],
    ['Borrell wrote on X. European leaders agreed.', ['Borrell wrote on X.', 'European leaders agreed.']],
  ])('%s', (text, expected) => {
    expect(sentenceSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(expected);
  });
});

describe('04 entities', () => {
  it('keeps the whole body in a role written before the name', () => {
    const a = analyse('US State Department spokesman Matthew Miller spoke. Secretary-General Antonio Guterres listened. Deputy Foreign Minister Sergey Ryabkov left. UN secretary general Ana Silva came.');
    expect(a.entities.find((e) => e.name === 'Ana Silva')?.role).toBe('UN secretary general');
    expect(a.entities.find((e) => e.name === 'Matthew Miller')?.role).toBe('US State Department spokesman');
    expect(a.entities.find((e) => e.name === 'Antonio Guterres')?.role).toBe('Secretary-General');
    expect(a.entities.find((e) => e.name === 'Sergey Ryabkov')?.role).toBe('Deputy Foreign Minister');
  });

  it('takes a police rank written short as a title only before a given name: "PC World" keeps its "PC"', () => {
    expect(analyse('PC World reported that PC Keith Palmer died.').entities.map((e) => [e.name, e.role])).toEqual([['PC World', undefined], ['Keith Palmer', 'PC']]);
  });

  it('takes a role said in apposition, before or after the name, but not from a list', () => {
    const a = analyse('The Russian Foreign Ministry spokesperson, Maria Zakharova, spoke. “We accept the verdict,” said Arun Jaitley, a senior BJP official. ' +
      'The list included the head of the council, Tomas Berg, as well as the acting governor of Sevastopol, Lena Holm. In Moscow, Ana Silva spoke.');
    const role = (name: string) => a.entities.find((e) => e.name === name)?.role;
    expect(role('Maria Zakharova')).toBe('Russian Foreign Ministry spokesperson');
    expect(role('Arun Jaitley')).toBe('senior BJP official');
    expect(role('Tomas Berg')).toBe('head of the council');
    expect(role('Lena Holm')).toBeUndefined();
    expect(role('Ana Silva')).toBeUndefined();
    // After a dateline's dash.
    expect(analyse('JOHANNESBURG, Dec 2 (Reuters) - The chairman of the ruling party, Gwede Mantashe, on Friday denied it.').entities
      .find((e) => e.name === 'Gwede Mantashe')?.role).toBe('chairman of the ruling party');
    // A relative clause is no part of the role: "its co-founder who had been serving as …".
    expect(analyse('Twitter acted a week after Jack Dorsey, its co-founder who had been serving as interim chief executive, took over.').entities
      .find((e) => e.name === 'Jack Dorsey')?.role).toBe('co-founder');
    // The noun phrase starts after a verb: not "Guardiola also praised Arsenal manager".
    expect(analyse('Guardiola also praised Arsenal manager, Mikel Arteta, for his work. Bryan Kohberger, a Washington State University graduate student, was held.').entities
      .filter((e) => e.type === 'person').map((e) => e.role)).toEqual(['Arsenal manager', 'Washington State University graduate student']);
    expect(analyse('Lt. Gov. Dan Patrick spoke.').entities.find((e) => e.name === 'Dan Patrick')?.role).toBe('Lt. Gov.');
    expect(analyse('PM Shehbaz Sharif spoke. PTI General Secretary Asad Umar replied.').entities.filter((e) => e.type === 'person')
      .map((e) => e.role)).toEqual(['PM', 'PTI General Secretary']);
    // A headline's short form of a role gives way to the body's.
    // A role said after the name ends before the verb that follows it.
    expect(analyse('Rakesh Sachdev, President and Chief Executive Officer of Sigma-Aldrich said,“We believe this.”').entities
      .find((e) => e.name === 'Rakesh Sachdev')?.role).toBe('President and Chief Executive Officer of Sigma-Aldrich');
    expect(analyse('Pacheco defeated an ally of far-right former President Jair Bolsonaro.').entities.find((e) => e.name === 'Jair Bolsonaro')?.role)
      .toBe('former President');
    // (…and before the country the title is of; a people's adjective that is also a word or a language stays in the role.)
    expect(analyse('The US is preparing, former Russian President Dmitry Medvedev has claimed.').entities.find((e) => e.name === 'Dmitry Medvedev')?.role)
      .toBe('former Russian President');
    expect(analyse('Polish Foreign Minister Radoslaw Sikorski said so.').entities.find((e) => e.name === 'Radoslaw Sikorski')?.role).toBe('Polish Foreign Minister');
    // (A police rank of several words is one role.)
    expect(analyse('Detective Chief Inspector Sarah Blackwood said so.').entities.find((e) => e.name === 'Sarah Blackwood')?.role).toBe('Detective Chief Inspector');
    expect(analyse('West Bengal’s State Chief Minister Mamata Banerjee called in the army.').entities.find((e) => e.name === 'Mamata Banerjee')?.role)
      .toBe('State Chief Minister');
    expect(analyse('Senate minority leader Stewart Madzayo was arrested.').entities.find((e) => e.name === 'Stewart Madzayo')?.role)
      .toBe('Senate minority leader');
    const headline = analyzeText('t.txt', '---\ndate: 2024-01-03\n---\nPM Dalvo Ferren wins a third term\nPrime Minister Dalvo Ferren won again.\n').asset!;
    expect(headline.entities.find((e) => e.name === 'Dalvo Ferren')?.role).toBe('Prime Minister');
    // A body the lists know, before a title, stays in the role.
    expect(analyse('It is too early, Kremlin Spokesman Dmitry Peskov told journalists. Virginia Gov. Ralph Northam agreed.').entities
      .filter((e) => e.type === 'person').map((e) => e.role)).toEqual(['Kremlin Spokesman', 'Virginia Gov.']);
    const roles = analyse('WHO Director-General Tedros Ghebreyesus spoke. Sens. Joe Manchin and Reps. Rashida Tlaib voted. ' +
      "Dr. Peter Salama, the agency's emergencies chief, told reporters. White House communications director Kate Bedingfield agreed.").entities;
    expect(Object.fromEntries(roles.filter((e) => e.type === 'person').map((e) => [e.name, e.role]))).toEqual({
      'Tedros Ghebreyesus': 'WHO Director-General', 'Joe Manchin': 'Sens.', 'Rashida Tlaib': 'Reps.',
      'Peter Salama': "agency's emergencies chief", 'Kate Bedingfield': 'White House communications director',
    });
    const gaza = analyse('Mosab al-Briem, Islamic Jihad spokesman in Gaza, spoke. Gaza health official Dr. Ashraf al-Kidra agreed.').entities;
    expect(gaza.filter((e) => e.type === 'person').map((e) => [e.name, e.role])).toEqual([
      ['Mosab al-Briem', 'Islamic Jihad spokesman in Gaza'], ['Ashraf al-Kidra', 'Gaza health official']]);
    // An abbreviation's dots do not end the phrase.
    expect(analyse('Robert Smith, former governor of U.S. state of Virginia, was sentenced.').entities.find((e) => e.name === 'Robert Smith')?.role)
      .toBe('former governor of U.S. state of Virginia');
  });

  it('keeps the body’s own lowercase noun in a role: "Utrecht police chief"', () => {
    const a = analyse('Utrecht police chief Rob van Bree spoke. The police chief Tom Berg listened.');
    expect(a.entities.find((e) => e.name === 'Rob van Bree')?.role).toBe('Utrecht police chief');
    expect(a.entities.find((e) => e.name === 'Tom Berg')?.role).toBe('police chief');
    const c = analyse('Ministry of Foreign Affairs spokesperson Wang Wenbin spoke.');
    expect(c.entities.find((e) => e.name === 'Wang Wenbin')?.role).toBe('Ministry of Foreign Affairs spokesperson');
    const b = analyse('UC Davis Comprehensive Cancer Center researcher Diana Miglioretti spoke.');
    expect(b.entities.find((e) => e.name === 'Diana Miglioretti')?.role).toBe('UC Davis Comprehensive Cancer Center researcher');
  });

  it('joins short forms, possessives, hyphenated compounds, aliases and near-miss spellings', () => {
    const a = analyse('Chancellor Olaf Scholz met officials in Berlin and Mosocw. Scholz’s aides said US-Germany ties and U.S. policy matter, as do the USA and Moscow.');
    const byName = (n: string) => a.entities.find((e) => e.name === n);
    expect(byName('Olaf Scholz')?.mentions.map((m) => m.text)).toEqual(['Olaf Scholz', 'Scholz']);
    expect(byName('Olaf Scholz')?.role).toBe('Chancellor');
    expect(byName('United States')?.mentions.map((m) => m.text)).toEqual(['US', 'U.S.', 'USA']);
    expect(byName('Germany')?.type).toBe('place');
    expect(byName('Moscow')?.mentions.map((m) => m.text)).toEqual(['Mosocw', 'Moscow']);
    for (const e of a.entities) for (const m of e.mentions) expect(a.paragraphs.find((p) => p.id === m.block)?.text.slice(m.start, m.end) ?? m.text).toBe(m.text);
  });

  it('takes what a company’s officer is "of" for the company, joined to its full name, a headline’s too; the officer named after it is a person', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2014-02-12\n---\nTexas Industries to Merge with Martin Marietta\nAn era ends.\n' +
      'TXI has decided to be acquired by Martin Marietta Materials Inc. The CEO of Martin Marietta, Ward Nye, said so.\n');
    const company = asset!.entities.find((e) => e.name === 'Martin Marietta Materials Inc');
    expect(company?.type).toBe('organization');
    expect(company?.mentions.map((m) => m.text)).toEqual(['Martin Marietta', 'Martin Marietta Materials Inc', 'Martin Marietta']);
    expect(asset!.entities.find((e) => e.name === 'Ward Nye')?.type).toBe('person');
  });

  it('leaves out a headline’s opening ordinary word before a name the body gives someone', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2025-07-12\n---\nUnforgiving Swiatek crushes Anisimova to win Wimbledon\nIt was quick.\n' +
      'Iga Swiatek beat Amanda Anisimova on Saturday.\n');
    expect(asset!.entities.find((e) => e.name === 'Iga Swiatek')?.mentions.map((m) => m.text)).toEqual(['Swiatek', 'Iga Swiatek']);
  });

  it('gives a surname alone to the story’s subject, not to a relative of that name named once in full', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-11-13\n---\nTimothy West dies aged 90\nThe actor was known for Bleak House.\n' +
      'Timothy West has died at the age of 90.\nWest was born in 1934 in Bradford, the son of actors Lockwood West and Olive Carleton-Crowe.\nWest began his career at the Wimbledon Theatre.\n');
    const mentions = (name: string) => asset!.entities.find((e) => e.name === name)?.mentions.map((m) => m.text);
    expect(mentions('Timothy West')).toEqual(['Timothy West', 'Timothy West', 'West', 'West']);
    expect(mentions('Lockwood West')).toEqual(['Lockwood West']);
  });

  it('joins initials whose first word is itself initials, counted whole: "UCR" is "UC Riverside"', () => {
    const a = analyse('Emissions will rise, according to new UC Riverside research. “We can switch to electric cars,” said James Gomez, a UCR doctoral student.');
    expect(a.entities.find((e) => e.name === 'UC Riverside')?.mentions.map((m) => m.text)).toEqual(['UC Riverside', 'UCR']);
  });

  it('takes no kind of body opening a sentence for the short form of a name it ends, as it takes a club’s word', () => {
    const a = analyse('Two men were held, Lincolnshire Police said. Police say a gang used a stolen digger. Manchester City won. City led.');
    expect(a.entities.map((e) => e.mentions.map((m) => m.text))).toEqual([['Lincolnshire Police'], ['Manchester City', 'City']]);
  });

  it('takes a place’s adjective in "-ic" for no mention of it, and a name set off as "the … capital" for a place', () => {
    const a = analyse('Donald Trump Jr visited Nuuk, the Greenlandic capital. Greenland is not for sale.');
    expect(a.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text).join('|')])).toEqual([
      ['Donald Trump Jr', 'person', 'Donald Trump Jr'], ['Nuuk', 'place', 'Nuuk'], ['Greenland', 'place', 'Greenland']]);
  });

  it('keeps a company’s name one letter from another the lists know ("Eurostar", not "Eurostat")', () => {
    const a = analyse('Eurostar trains ran again. “We are very sorry,” a Eurostar spokeswoman said.');
    expect(a.entities.map((e) => e.name)).toEqual(['Eurostar']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['eurostar']);
  });

  it('takes a series the body names before its films for the series, though the headline reads it as a person', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-09-27\n---\nMaggie Smith, star of Harry Potter, dies\nShe was 89\nShe played Professor McGonagall in the Harry Potter films.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}:${e.mentions.length}`)).toEqual(['Maggie Smith:person:1', 'Harry Potter:other:2', 'McGonagall:person:1']);
  });

  it('takes a name that owns stores in the body for a body, though the headline has it say something', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-09-01\n---\nZorvex says prices rose\nBuyers complained\nZorvex, which owns thousands of stores, set the prices.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}:${e.mentions.length}`)).toEqual(['Zorvex:organization:2']);
  });

  it('takes a thing the body names for a thing, where only the headline’s words made it a person', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-10-15\n---\nNasa launches Europa Clipper to search for life\nThe craft flies on\nNasa’s Europa Clipper spacecraft lifted off on Monday.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}:${e.mentions.length}`)).toEqual(['Nasa:organization:2', 'Europa Clipper:other:2']);
  });

  it('takes a word that opens an event’s name, a place only by its preposition, for that event', () => {
    const a = analyse('Marquez wins top prize at Corvo festival. She won the Golden Heron at the Corvo International Film Festival.');
    expect(a.entities.find((e) => e.name === 'Corvo International Film Festival')?.mentions.map((m) => m.text)).toEqual(['Corvo', 'Corvo International Film Festival']);
  });

  it('reads a dek written in Title Case as a headline: its ordinary words are no name, the body’s names are found in it', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-11-14\n---\nTrump Picks Matt Gaetz for Attorney General\n' +
      'The Florida Congressman Had Been Under Investigation by the House Ethics Committee\n' +
      'President-elect Donald Trump said he would nominate Matt Gaetz of Florida. He had been under investigation by the House Ethics Committee.\n');
    const names = asset!.entities.map((e) => `${e.name}:${e.mentions.filter((m) => m.block === 'dek').map((m) => m.text).join('|')}`);
    expect(names).toEqual(['Donald Trump:', 'Matt Gaetz:', 'Florida:Florida', 'House Ethics Committee:House Ethics Committee']);
  });

  it('takes a team’s plural last word for the team, though it spells a title', () => {
    const a = analyse('The Kansas City Chiefs won. The Chiefs had trailed. Chiefs coach Andy Reid spoke to Senators.');
    expect(a.entities.find((e) => e.name === 'Kansas City Chiefs')?.mentions.map((m) => m.text)).toEqual(['Kansas City Chiefs', 'Chiefs', 'Chiefs']);
    expect(a.entities.map((e) => e.name)).not.toContain('Senators');
  });

  it('takes a newspaper’s last word for the newspaper', () => {
    const a = analyse('The Wall Street Journal reported it. Zaluzhny told the Journal he knew nothing.');
    expect(a.entities.find((e) => e.name === 'Wall Street Journal')?.mentions.map((m) => m.text)).toEqual(['Wall Street Journal', 'Journal']);
    // (Even where what it did would make it someone: "He and the Journal denied the charge.")
    const denied = analyse('Wall Street Journal reporter Evan Gershkovich was convicted. He and the Journal denied the charge.');
    expect(denied.entities.find((e) => e.name === 'Wall Street Journal')?.mentions.map((m) => m.text)).toEqual(['Wall Street Journal', 'Journal']);
  });

  it('keeps a surname’s lowercase particle in a mention that opens a clause', () => {
    const a = analyse('Chief executive Joris van Dijk spoke. “We have been here before,” van Dijk said.');
    expect(a.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Joris van Dijk', ['Joris van Dijk', 'van Dijk']]]);
  });

  it('keeps a surname’s particle capitalised as the name writes it, or as a sentence opens, in a mention that opens a sentence', () => {
    const a = analyse('Marine Le Pen’s party voted. Le Pen said her party had no choice. Virgil van Dijk played. Van Dijk scored.');
    expect(a.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Marine Le Pen', ['Marine Le Pen', 'Le Pen']], ['Virgil van Dijk', ['Virgil van Dijk', 'Van Dijk']]]);
  });

  it('does not take a country’s people for a misspelling of its name', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2023-05-29\n---\nOpposition leader claims victory in Estavian presidential run-off\n' +
      'Marta Velasco declared victory in Estavia’s run-off. “The people of Estavia chose change,” Velasco told supporters. ' +
      '“I will be the president of all Estavians, including those who did not vote for me.”\n');
    expect(asset!.entities.find((e) => e.name === 'Estavia')?.mentions.map((m) => m.text)).toEqual(['Estavia', 'Estavia']);
  });

  it('takes “the North”, “the South” and “North and South Korea” for the countries, written in lowercase elsewhere or not', () => {
    const a = analyse('North Korea fired shells after North and South Korea exchanged fire, aimed into the North. The South retaliated, firing into the north. ' +
      'Seoul said the South Korean office met. The South of France is warm.');
    expect(a.entities.filter((e) => /Korea/.test(e.name)).map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['North Korea', ['North Korea', 'North', 'North']], ['South Korea', ['South Korea', 'South']],
    ]);
  });

  it('keeps the period of a state the AP abbreviates, as of “Jr.”', () => {
    const a = analyse('He kept boxes at his club in Palm Beach, Fla., and left.');
    expect(a.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Palm Beach', ['Palm Beach']], ['Florida', ['Fla.']]]);
  });

  it('keeps a work named after its subject apart from the person', () => {
    const a = analyse('Christopher Nolan’s “Oppenheimer,” a three-hour drama about J. Robert Oppenheimer, won seven awards.');
    expect(a.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['Christopher Nolan:person', 'Oppenheimer:other', 'J. Robert Oppenheimer:person']);
  });

  it('takes a surname alone for the person, not for the firm named after him', () => {
    const a = analyse('Henry Kissinger died on Wednesday. His firm, Kissinger Associates, announced it. Kissinger fled in 1938.');
    expect(a.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Henry Kissinger', 'person', 2], ['Kissinger Associates', 'organization', 1]]);
  });

  it('takes a compass point opening an airline’s name, alone, for the airline', () => {
    const a = analyse('Southwest Airlines canceled 2,500 flights. Analysts said it could cost Southwest $600 million.');
    expect(a.entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([['Southwest Airlines', 'organization', ['Southwest Airlines', 'Southwest']]]);
  });

  it('takes a surname opening a sentence for the person named before, whatever its ending', () => {
    const a = analyse('Health Secretary Wes Streeting met the union. Streeting, who met them last week, called it disappointing.');
    expect(a.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Wes Streeting', ['Wes Streeting', 'Streeting']]]);
  });

  it('keeps a body’s head word before its “of” opening a headline or a sentence', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-08-02\n---\nBank of England cuts interest rates\nBank of America fell. The Court of Appeal ruled.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['Bank of England:organization', 'Bank of America:organization', 'Court of Appeal:organization']);
  });

  it('finds a name in a Title Case headline that a list reads as a word, where the body names that person', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-02-09\n---\nZelensky Replaces Top General Zaluzhny With Syrsky\n' +
      'Vladimir Zelensky named Aleksandr Syrsky and dismissed Valery Zaluzhny.\n');
    expect(asset!.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Vladimir Zelensky', 2], ['Valery Zaluzhny', 2], ['Aleksandr Syrsky', 2]]);
  });

  it('reads a headline’s name as the body reads it, not as the short form of a longer name', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2021-09-03\n---\nPolice arrest two after Harwick jewellery raid\n' +
      'A shop in Harwick town centre was raided on Thursday. “It was terrifying,” he told the Harwick Gazette.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}:${e.mentions.length}`)).toEqual(['Harwick:place:2', 'Harwick Gazette:organization:1']);
  });

  it('finds in a headline a name of several words the body found, where its first word reads as an ordinary one', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-07-27\n---\nCalifornia’s Park Fire grows into one of the largest\nFirefighters fought on.\n' +
      'The Park Fire started near Chico. Forecasters warned of heat.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}:${e.mentions.map((m) => m.block === 'title' ? 'title' : 'body').join('+')}`))
      .toEqual(['California:place:title', 'Park Fire:other:title+body', 'Chico:place:body']);
  });

  it('takes a month’s name where no date is written for the surname of someone named', () => {
    const a = analyse('Theresa May won the vote. Rebels hoped to oust May in May.');
    expect(a.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Theresa May', ['Theresa May', 'May']]]);
    expect(a.events.map((e) => e.text)).toEqual(['May']);
  });

  it('finds the names in a headline written in Title Case among its capitalised ordinary words', () => {
    const typedIn = (title: string) => analyzeText('t.txt', `---\ndate: 2024-09-16\n---\n${title}\nThe sanctions and visits went on.\n`).asset!.entities.map((e) => `${e.name}:${e.type}`);
    expect(typedIn("Kremlin Calls US Sanctions on Russia's RT Attempt to Suppress Alternative Views")).toEqual(['Kremlin:organization', 'United States:place', 'Russia:place', 'RT:organization']);
    expect(typedIn('New York Times Reports Surge in White House Visits by Lobbyists')).toEqual(['New York Times:organization', 'White House:organization']);
  });

  it('reads a speech word after a verb as its object, not a cue: the headline’s source speaks', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2023-07-18\n---\nGrain deal ‘dead’ unless Jane Doe meets demands – Kremlin\nThe Kremlin spoke on Tuesday.\n');
    expect(asset!.entities.find((e) => e.id === asset!.quotes[0]!.speaker)?.name).toBe('Kremlin');
  });

  it('finds the body’s people, by one word or more, in a headline in capitals', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-03-05\n---\nBIDEN AND TRUMP SWEEP SUPER TUESDAY CONTESTS\nHaley wins Vermont.\n' +
      'President Joe Biden and former President Donald Trump swept the primaries. Biden spoke.\n');
    const biden = asset!.entities.find((e) => e.name === 'Joe Biden')!;
    expect(biden.mentions.map((m) => m.text)).toEqual(['BIDEN', 'Joe Biden', 'Biden']);
    expect(asset!.entities.find((e) => e.name === 'Donald Trump')!.mentions.map((m) => m.text)).toEqual(['TRUMP', 'Donald Trump']);
  });

  it('reads a Title Case headline’s words that no list knows and no body name has as ordinary words, between the body’s names', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-12-14\n---\nSam Altman Refutes Musk’s Allegations of OpenAI Antitrust “Conspiracy”\n' +
      'The filing came on Friday.\nSam Altman said in court papers that Mr. Musk had no facts. OpenAI denied any conspiracy.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['Sam Altman:person', 'Musk:person', 'OpenAI:organization']);
  });

  it('gives a headline’s quote to the body’s speaker of it when the headline’s place only describes who spoke', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-10-18\n---\nHarrods owner accused\nThe London department store said it was ‘utterly appalled’\nHarrods said in a statement that it was “utterly appalled” by the allegations.\n');
    const speakers = asset!.quotes.map((q) => asset!.entities.find((e) => e.id === q.speaker)?.name);
    expect(speakers).toEqual(['Harrods', 'Harrods']);
  });

  it('gives a dek’s quote, where the dek names no one, to the body’s speaker of it', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2025-02-14\n---\nMan jailed for life\nJudge says attack was ‘brutal and senseless’\nSentencing him on Friday, Judge Martin Picton said the attack had been “brutal and senseless”.\n');
    expect(asset!.quotes.map((q) => asset!.entities.find((e) => e.id === q.speaker)?.name)).toEqual(['Martin Picton', 'Martin Picton']);
  });

  it('reads a name of several words the body found as that name wherever its words stand again, over a shorter one inside', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2025-06-13\n---\nAir India crash: investigators recover black box\n' +
      'Investigators recovered the wreckage of the Air India plane. Air India chairman N. Chandrasekaran said the airline would help.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}:${e.mentions.length}`)).toEqual(['Air India:organization:3', 'N. Chandrasekaran:person:1']);
  });

  it('gives a dek’s words in quotation marks that no one there says to the body’s speaker of them', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2025-02-24\n---\nConservatives win German election\n' +
      'Chancellor-in-waiting vows to form a government by Easter and ‘achieve independence’ from the US\n' +
      '“We can really achieve independence from the USA,” Friedrich Merz said on Sunday.\n');
    expect(asset!.quotes.map((q) => [q.text, asset!.entities.find((e) => e.id === q.speaker)?.name])).toEqual([
      ['achieve independence', 'Friedrich Merz'], ['We can really achieve independence from the USA,', 'Friedrich Merz']]);
  });

  it('finds the West a headline names without its article', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-04-15\n---\nRussia blames West for Middle East escalation\nMoscow accused Washington of hypocrisy.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['Russia:place', 'West:place', 'Middle East:place', 'Moscow:place', 'Washington:place']);
  });

  it('finds a festival town in a headline', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-05-26\n---\nIranian director wins special prize at Cannes after fleeing\nThe award was given on Saturday.\n');
    expect(asset!.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['Cannes:place']);
  });

  it('keeps the ordinary word that opens a body’s name inside a headline', () => {
    const typedIn = (title: string) => analyzeText('t.txt', `---\ndate: 2024-11-07\n---\n${title}\nThe staff voted.\n`).asset!.entities.map((e) => `${e.name}:${e.type}`);
    expect(typedIn('Nurses at Royal Halvern Hospital vote to strike over staffing')).toEqual(['Royal Halvern Hospital:organization']);
    // ("Startup" says what kind of body the name after it is.)
    expect(typedIn('Startup Corvana unveils an AI model')).toEqual(['Corvana:organization']);
    // (A ministry of defence by its initials, as a headline's source after its dash.)
    expect(typedIn('Russian forces take control of Avdeevka – MoD')).toEqual(['Avdeevka:place', 'MoD:organization']);
    // (…nor drops the Arabic article that opens a name.)
    expect(typedIn('Neymar leaves PSG for Saudi club Al-Hilal')).toEqual(['Neymar:person', 'PSG:organization', 'Al-Hilal:organization']);
  });

  it('does not take capitalised sentence openers or demonyms for names', () => {
    const a = analyse('Relations soured. Meanwhile, Russian officials left Paris.');
    expect(a.entities.map((e) => e.name)).toEqual(['Paris']);
  });

  it('types a full name no list knows by its surname, which what it does says is a person', () => {
    const a = analyse('Jannik Sinner won the final. “This title means a lot,” Sinner said. Credit Lyonnais fell; Lyonnais said no.');
    expect(a.entities.find((e) => e.name === 'Jannik Sinner')?.mentions.map((m) => m.text)).toEqual(['Jannik Sinner', 'Sinner']);
    expect(a.entities.some((e) => e.type === 'person' && e.name === 'Credit Lyonnais')).toBe(false);
    expect(tagTimex('Taylor Swift won her fourth album of the year Grammy.', '2024-02-05')).toEqual([]);
  });

  it('reads a compass point before a people’s name as an adjective’s, whatever else is “the West”', () => {
    const a = analyse('Mali left the West African bloc. Sanctions by the West followed.');
    expect(a.entities.map((e) => [e.name, e.mentions.map((m) => m.text).join()])).toEqual([['Mali', 'Mali'], ['West', 'West']]);
    expect(a.entities[1]!.mentions[0]!.start).toBeGreaterThan(40);
  });

  it('ends a name before initials in the plural: "Nvidia GPUs" is Nvidia’s', () => {
    const a = analyse('Nvidia said demand was strong. Customers need “significant numbers of Nvidia GPUs” and Ford SUVs.');
    expect(a.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Nvidia', ['Nvidia', 'Nvidia']], ['Ford', ['Ford']]]);
  });

  const typed = (body: string) => analyse(body).entities.map((e) => `${e.name}:${e.type}`);
  it.each([
    ['a language after "in" is the language; the adjective is no mention',
      'The form must be completed in English. English defender Kyle Walker was booked.', ['English:other', 'Kyle Walker:person']],
    ['"pro-" and "anti-" compounds are attitudes, not mentions',
      'Pro-Beijing candidates won in Kowloon, while anti-Moscow groups met in Tallinn.', ['Kowloon:place', 'Tallinn:place']],
    ['a capitalised institution noun after "the" points back',
      'The Church of England said it would act. Later the Church denied it.', ['Church of England:organization']],
    ['countries that play each other are their national teams',
      'Norway defeated Chile 2–1 in Oslo. Norway scored first.', ['Norway:organization', 'Chile:organization', 'Oslo:place']],
    ['a city before a score, or after “a 2-1 victory over”, is its club, wherever else it is named',
      'Norwich 1-2 Leeds at the weekend. After a 2-1 victory over ten-man Norwich, fans cheered. Norwich fans left.',
      ['Norwich:organization', 'Leeds:place']],
    ['a town no list knows is not taken for a misspelling of one the library knows',
      'Fans travelled to Derby on Saturday.', ['Derby:place']],
    ['a place named after a preposition stays the place where the word is also a surname',
      'Jobs moved to Houston. Houston has a space centre.', ['Houston:place']],
    ['a name owned by a place, listed after a body, is a body too',
      'The contract between Gazprom and Ukraine’s Naftogaz expires soon.', ['Gazprom:organization', 'Ukraine:place', 'Naftogaz:organization']],
    ['a broadcaster by its number and the word after it', 'Novak told the Rossiya 24 TV channel.', ['Novak:person', 'Rossiya 24:organization']],
    ['initials the text gives an ordinary phrase are no body’s',
      'Brussels targeted the liquefied natural gas (LNG) sector. Shipments of Russian LNG fell.', ['Brussels:place']],
    ['a name the lists know whole joins across its article, and an exchange is a body',
      'Oxfam and Save the Children said so, according to the Moscow Exchange.', ['Oxfam:organization', 'Save the Children:organization', 'Moscow Exchange:organization']],
    ['a city that plays a club is its own club, wherever else it is named',
      'Arsenal closed the gap on leaders Liverpool. Liverpool face Manchester City on Sunday.', ['Arsenal:organization', 'Liverpool:organization', 'Manchester City:organization']],
    ['a country’s name in capitals before “alliance” is a coalition', 'He joined the opposition INDIA alliance before India voted.', ['INDIA:organization', 'India:place']],
    ['a name the lists know whole keeps its demonym, and a deal is a thing',
      'Farmers drove to the European Parliament over the European Green Deal.', ['European Parliament:organization', 'European Green Deal:other']],
    ['a bearing is taken from a place', 'The ship was hit 95 nautical miles southeast of Aden.', ['Aden:place']],
    ['an award “of the Year” is a named thing; a team is called by the word after its city; a city that finished a season’s record is its team',
      'Lena Holm of the San Antonio Spurs was named Rookie of the Year. The Spurs picked her first. San Antonio finished 22-60.',
      ['Lena Holm:person', 'San Antonio Spurs:organization', 'Rookie of the Year:other', 'San Antonio:organization']],
    ['an army group named by its compass point is a body, its lowercase words and all, apart from the West',
      'Units of the Center group of forces took the village of Dalnee, while the West group pushed on. Sanctions by the West hurt.',
      ['Center Group of Forces:organization', 'Dalnee:place', 'West Group:organization', 'West:place']],
    ['the second of two villages, each where it lies, is a place', 'Troops took the villages of Dalnee in the Donetsk People’s Republic (DPR) and Kopanki in Kharkov Region.',
      ['Dalnee:place', 'Donetsk People’s Republic:place', 'Kopanki:place', 'Kharkov Region:place']],
    ['a body named at a sentence’s start with its article, its initials in brackets, and one before the kind of body it is',
      'The Alternative for Germany (AfD), which polls second, named Alice Weidel. A survey by the Forsa institute agreed.',
      ['Alternative for Germany:organization', 'Alice Weidel:person', 'Forsa:organization']],
    ['an airport, a resort or a power plant by the name of the place it stands in is that place',
      'A jet collided at Tokyo’s Haneda airport. All was normal at the Shika nuclear power plant. Talks open at the Burgenstock resort.', ['Tokyo:place', 'Haneda:place', 'Shika:place', 'Burgenstock:place']],
    ['a prison, a palace or a crater by the name of its place is that place, not a lowercase-joined name’s last word',
      'Assange left London’s Belmarsh prison. Maduro spoke outside the Miraflores presidential palace. The probe landed near the Shioli crater. The king waited at the Huis ten Bosch palace.',
      ['London:place', 'Belmarsh:place', 'Maduro:person', 'Miraflores:place', 'Shioli:place']],
    ['an "Area" ends a place’s name; a law’s name runs over its "and" to its "Act"; what a maker makes, named after "the maker of", is a thing',
      'Rights outside the European Economic Area went to Ubisoft. Grants came under the CHIPS and Science Act. Microsoft bought Activision, the maker of Call of Duty.',
      ['European Economic Area:place', 'Ubisoft:organization', 'CHIPS and Science Act:other', 'Microsoft:organization', 'Activision:organization', 'Call of Duty:other']],
    ['a title’s word that opens a name the lists know is the name’s, after another title too',
      'Bangladeshi Prime Minister Sheikh Hasina resigned. Hasina left Dhaka.', ['Sheikh Hasina:person', 'Dhaka:place']],
    ['a station’s name runs on past its possessive; not a person’s city',
      'He was seen at King’s Cross underground station. Putin’s Moscow station was shut.', ['King’s Cross:place', 'Putin:person', 'Moscow:place']],
    ['an airliner named in figures after its maker is a thing; so is a ship after the flag it flies',
      'The Boeing 737-800 skidded off the runway. The Singapore-flagged Dali lost power.', ['Boeing:organization', '737-800:other', 'Singapore:place', 'Dali:other']],
    ['a name ending in "Air" is an airline, before the jet it flies; a flight whose code opens with a figure is a thing',
      'A Korean Air jet crashed in Guam. Flight 7C2216 from Bangkok landed.', ['Korean Air:organization', 'Guam:place', 'Flight 7C2216:other', 'Bangkok:place']],
    ['a body’s name the lists know, before a house of worship, names the building, there and wherever it stands alone',
      'Notre-Dame was rebuilt. Notre-Dame cathedral in Paris reopened.', ['Notre-Dame:place', 'Paris:place']],
    ['a business of its owner’s, named before what it is, is a body',
      'Microsoft reported slower growth at its Azure cloud business.', ['Microsoft:organization', 'Azure:organization']],
    ['a prize’s field is its name’s; a laureate’s prize said of someone is no mention; a novel’s title in single quotation marks is a work',
      'Han Kang won the Nobel Prize in Literature. Students wanted Nobel laureate Muhammad Yunus. Her novel ‘The Vegetarian’ sold well.',
      ['Han Kang:person', 'Nobel Prize in Literature:other', 'Muhammad Yunus:person', 'The Vegetarian:other']],
    ['a team is called by its plural last word, a title’s spelling too, and a team named by a number of men is a body',
      'The Kansas City Chiefs beat the San Francisco 49ers. The Chiefs had trailed. Chiefs coach Andy Reid spoke.',
      ['Kansas City Chiefs:organization', 'San Francisco 49ers:organization', 'Andy Reid:person']],
    ['a stadium’s name in one word is a place', 'The final was played at the Olympiastadion in Berlin.', ['Olympiastadion:place', 'Berlin:place']],
    ['a river named after "River" is a place; a portfolio’s secretary is a title; a name at a place inside another the lists know is a place',
      'US Health Secretary Robert F. Kennedy Jr. spoke. The River Taff burst its banks. Gusts were recorded at Capel Curig in Wales.',
      ['United States:place', 'Robert F. Kennedy Jr.:person', 'River Taff:place', 'Capel Curig:place', 'Wales:place']],
    ['a shop named with its possessive after "a"; a chip "called" a given name; a district before a city; a computing firm; a company whose name has a capital inside is whole before "and"',
      'He was detained at a McDonald’s restaurant outside a Midtown Manhattan hotel. Google built a chip, called Willow. Shares of IonQ and Rigetti Computing rose.',
      ['McDonald’s:organization', 'Midtown Manhattan:place', 'Google:organization', 'Willow:other', 'IonQ:organization', 'Rigetti Computing:organization']],
    ['a place written with its possessive keeps it, though its word is a title; a full name before a kind of craft names the craft; a nebula is a place; cricket’s series is a thing',
      'Australia beat England at Lord’s to lead the Ashes. Nasa showed images from the James Webb telescope, including the Carina Nebula.',
      ['Australia:organization', 'England:organization', 'Lord’s:place', 'Ashes:other', 'Nasa:organization', 'James Webb:other', 'Carina Nebula:place']],
    ['a constituency’s name joins its places before "by-election" and after "seat of", and is a place; a team’s name with "Team" inside is a body; a mountain range named alone is a place; a GP is no name',
      'Labour won the Selby and Ainsty by-election. The Tories held the seat of Uxbridge and South Ruislip. UAE Team Emirates rode in the Pyrenees. GP surgeries closed.',
      ['Labour:organization', 'Selby and Ainsty:place', 'Tories:organization', 'Uxbridge and South Ruislip:place', 'UAE Team Emirates:organization', 'Pyrenees:place']],
    ['an Arabic name’s "Abu" inside a name opening a sentence keeps the given name before it; a body whose name joins two names the lists know with "and"; a byname in a relative clause is the person’s',
      'Hichem Abu Chkiouat, the minister, said so. The International Federation of Red Cross and Red Crescent Societies agreed. It was led by Mohamed Hamdan Dagalo, who is widely known as Hemedti. Hemedti spoke.',
      ['Hichem Abu Chkiouat:person', 'International Federation of Red Cross and Red Crescent Societies:organization', 'Mohamed Hamdan Dagalo:person']],
    ['one word no list knows, after "the" and before a kind of vessel, is the vessel; a ship the news names alone',
      'All five on board the Titan submersible died on a dive to the Titanic. The Dali container ship hit the bridge.',
      ['Titan:other', 'Titanic:other', 'Dali:other']],
    ['a ground the news names without "Stadium" is a place, though a person’s name; a company the lexicon lacks; after "the", a country before a player’s role is its team',
      'Fujitsu staff changed accounts. The France captain left, to be presented at the Santiago Bernabéu.',
      ['Fujitsu:organization', 'France:organization', 'Santiago Bernabéu:place']],
    ['a city of two words or more, then a plural no place is called, is the city’s team; a city of one word before one is still a place',
      'Ohtani spent six seasons with the Los Angeles Angels. He fished in the Golan Heights.',
      ['Los Angeles Angels:organization', 'Golan Heights:place']],
    ['a name before a child’s age in words is a person’s; the Pacific’s weather patterns are things',
      'Bebe King, six, and Alice Aguiar, nine, were killed. The El Niño weather pattern added heat.',
      ['Bebe King:person', 'Alice Aguiar:person', 'El Niño:other']],
    ['an ocean’s name before a word of time is the ocean', 'Hurricane Milton weakened and moved into the Atlantic early Thursday.', ['Hurricane Milton:other', 'Atlantic:place']],
    ['a capitalised "The" inside a sentence about awards opens a work’s title; a name a work is said to be in apposition is the work; the Capitol is a place',
      'Anora, a comedy-drama about a stripper, won best picture. Adrien Brody won best actor for The Brutalist, his second Oscar after The Pianist. Protesters marched on the Capitol.',
      ['Anora:other', 'Adrien Brody:person', 'The Brutalist:other', 'Oscar:other', 'The Pianist:other', 'Capitol:place']],
    ['a ground where a score was won is no team; a police rank written short is a title; CCTV one is seen on is a camera',
      'Manchester United won 2-1 at Wembley. Abdul Ezedi was seen on CCTV at King’s Cross, Cdr Jon Savell said.',
      ['Manchester United:organization', 'Wembley:place', 'Abdul Ezedi:person', 'King’s Cross:place', 'Jon Savell:person']],
    ['a name before a name’s possessive role is a person; a canton is a settlement; an amendment by its ordinal is a thing; a people’s range in a headline',
      'Shou Zi Chew, TikTok’s chief executive, spoke. It happened near Zermatt in the Swiss canton of Valais. The law did not violate the First Amendment. Skiers died in Swiss Alps.',
      ['Shou Zi Chew:person', 'TikTok:organization', 'Zermatt:place', 'Valais:place', 'First Amendment:other', 'Swiss Alps:place']],
    ['a place the lists know whole joins across its lowercase "es"', 'The embassy in Dar es Salaam, Tanzania’s largest city, was bombed.', ['Dar es Salaam:place', 'Tanzania:place']],
    ['a chamber’s members by party are no name, the chamber is; a band named after its kind is a body',
      'Senate Republicans on Wednesday blocked a bill. Eric Carmen sang with the power-pop band the Raspberries.',
      ['Senate:organization', 'Eric Carmen:person', 'Raspberries:organization']],
    ['a name a relative clause calls a kind of thing is that thing', 'Benjamin Netanyahu said the operation, which he called Rising Lion, would continue.',
      ['Benjamin Netanyahu:person', 'Rising Lion:other']],
    ['a union’s branch keeps its number; a virus named in capitals is a thing', 'Jon Holden, the president of IAM District 751, spoke. Thousands were infected with HIV.',
      ['Jon Holden:person', 'IAM District 751:organization', 'HIV:other']],
    ['"All" opens a party’s name; islands’ people said as a demonym are no name', 'Bola Tinubu of the ruling All Progressives Congress won. Aboriginal and Torres Strait Islander people voted.',
      ['Bola Tinubu:person', 'All Progressives Congress:organization']],
    ['a kind of place before a place the lists know is that place; Ireland’s head of government is a title; a company that buys is no place',
      'A gust was recorded at Mace Head in County Galway, the strongest in Ireland, Met Éireann said. “Stay home,” said Taoiseach Micheál Martin. Microsoft will sell the rights to Ubisoft.',
      ['Mace Head:place', 'County Galway:place', 'Ireland:place', 'Met Éireann:organization', 'Micheál Martin:person', 'Microsoft:organization', 'Ubisoft:organization']],
    ['initials of four letters or more written as a word are the body’s; a name described as a ship is the ship',
      'Musk’s Department of Government Efficiency cut jobs. The bill undermined Doge’s work. The Dali, a container ship, hit the bridge.',
      ['Musk:person', 'Department of Government Efficiency:organization', 'Dali:other']],
    ['a panel is a body; a mission’s long name with its number is a thing',
      'The Intergovernmental Panel on Climate Change said so. The Chandrayaan-3 mission’s lander touched down.',
      ['Intergovernmental Panel on Climate Change:organization', 'Chandrayaan-3:other']],
    ['a name before what a camp is for and "camp" is the camp', 'Famine is present in the Zamzam displacement camp in Sudan.', ['Zamzam:place', 'Sudan:place']],
    ['an exercise named with a letter after its number; a Korean surname the lists read as a place',
      'China said the drills, named Joint Sword-2024B, were a warning. “It was a betrayal,” said Moon Hyung-bae, the acting chief justice.',
      ['China:place', 'Joint Sword-2024B:other', 'Moon Hyung-bae:person']],
    ['a company the lists know, then an ordinary noun, names its product', 'Tim Cook unveiled Apple Intelligence, a set of features.',
      ['Tim Cook:person', 'Apple Intelligence:other']],
    ['where someone’s role is held is a body, whatever its name’s shape', '“The market is up,” said Danni Hewson, the head of financial analysis at AJ Bell.',
      ['Danni Hewson:person', 'AJ Bell:organization']],
    ['a long name two letters off a known one is no misspelling of it unless their ends agree', 'Butch Wilmore and Suni Williams had launched on Boeing’s Starliner in June.',
      ['Butch Wilmore:person', 'Suni Williams:person', 'Boeing:organization']],
    ['the second of two names before their kind of place in the plural is a place', 'Supplies enter through the Rafah and Kerem Shalom crossings.',
      ['Rafah:place', 'Kerem Shalom:place']],
    ['a party’s adjective before a lowercase "party" names the party', 'Kemi Badenoch has been elected leader of the Conservative party.',
      ['Kemi Badenoch:person', 'Conservative:organization']],
    ['the Commons named short is the chamber', 'Keir Starmer apologised in the Commons.', ['Keir Starmer:person', 'Commons:organization']],
    ['a name right before "hospital" is the hospital', 'Francis had spent 38 days in Rome’s Gemelli hospital.', ['Francis:person', 'Rome:place', 'Gemelli:place']],
    ['a carmaker the lists take for a town; motor racing’s championship', 'Lewis Hamilton will leave Mercedes for Ferrari, the two Formula One teams said.',
      ['Lewis Hamilton:person', 'Mercedes:organization', 'Ferrari:organization', 'Formula One:other']],
    ['a name written with its possessive ends a run that a capitalised word opens',
      'Rivals Sainsbury’s and Asda have also reported higher sales.', ['Sainsbury’s:organization', 'Asda:organization']],
    ['a company whose name the lexicon knows with its possessive keeps it, anywhere; a possessive that owns nothing is a name with its "’s", untyped alone',
      'The painting sold at Sotheby’s for $10m. Moody’s cut its rating. Ben & Jerry’s, which Unilever bought, clashed with its owner over Wall’s, its rival.',
      ['Sotheby’s:organization', 'Moody’s:organization', 'Ben & Jerry’s:organization', 'Unilever:organization']],
    ['an index that moves is a thing, a newspaper’s name too; a day a crash is named after is a thing',
      'Japan’s Nikkei soared 10%, South Korea’s Kospi was up 3.3% and Taiwan’s Taiex rose, after the Black Monday crash.',
      ['Japan:place', 'Nikkei:other', 'South Korea:place', 'Kospi:other', 'Taiwan:place', 'Taiex:other', 'Black Monday:other']],
    ['a plural in "-men" before a body’s word keeps its possessive inside the name', 'The International Longshoremen’s Association said so.',
      ['International Longshoremen’s Association:organization']],
    ['a flight named by its number is a thing', 'Flight 1282, carrying 171 passengers, returned to Portland.', ['Flight 1282:other', 'Portland:place']],
    ['a name before "trainers" is the shoe, there and wherever it stands again; a name set between commas after "the vaccine" is the vaccine',
      'Sales of Samba trainers rose. Buyers wanted the Samba. The vaccine, MVA-BN, is made in Denmark.', ['Samba:other', 'MVA-BN:other', 'Denmark:place']],
    ['a word no list knows, paired with a body by "and", is a body; a word of the language is not',
      'The step allows Gavi and Unicef to buy it. Industry and Unicef agreed.', ['Gavi:organization', 'Unicef:organization']],
    ['a given name before a double-barrelled surname is a person, whatever word ends it; a touring side and a championship the lists know',
      'Jamison Gibson-Park crossed before Andy Farrell took the British and Irish Lions on tour. The Six Nations began.',
      ['Jamison Gibson-Park:person', 'Andy Farrell:person', 'British and Irish Lions:organization', 'Six Nations:other']],
    ['in an article about national sides, a country a side faces or hosts is its team; elsewhere it stays the country',
      'Ireland beat England 27-22 in Dublin. They host France next, while Ireland travel to face Scotland.',
      ['Ireland:organization', 'England:organization', 'Dublin:place', 'France:organization', 'Scotland:organization']],
    ['in an article about clubs, a town a side draws against is its club', 'Manchester United’s first match ended in a draw against Ipswich.',
      ['Manchester United:organization', 'Ipswich:organization']],
    ['a country a leader hosts, in an article about no team, is the country', 'Germany will host France for talks in Berlin.',
      ['Germany:place', 'France:place', 'Berlin:place']],
    ['a court the news names by its building, though its name reads as a person’s', 'They were jailed at the Old Bailey on Tuesday.', ['Old Bailey:place']],
    ['a cryptocurrency the lists know is a thing, opening a sentence too', 'Bitcoin rose above $100,000 on Thursday. Bitcoin has gained 140% this year.', ['Bitcoin:other']],
    ['a drugmaker or a carmaker the lists know, though its name reads as a person’s; the European Parliament’s groups',
      'Novo Nordisk said it was not involved. Stellantis was formed from Fiat Chrysler. MEPs from the Socialists and Democrats backed her.',
      ['Novo Nordisk:organization', 'Stellantis:organization', 'Fiat Chrysler:organization', 'Socialists and Democrats:organization']],
    ['a name the apposition calls a system is a thing, before a clause of its own; a Romance particle before "Mar" joins the name',
      'Phones were designed around Apple Intelligence, the artificial intelligence system it announced in June. Fires reached Viña del Mar, a seaside resort.',
      ['Apple Intelligence:other', 'Viña del Mar:place']],
    ['a prize’s name runs on over "for" to its field, not to the work that won it',
      'Samantha Harvey won the Booker Prize for Orbital, a short novel. Han Kang won the Nobel Prize for Literature.',
      ['Samantha Harvey:person', 'Booker Prize:other', 'Orbital:other', 'Han Kang:person', 'Nobel Prize for Literature:other']],
    ['a country before a thing the lists know is the country, then the thing', 'The app topped Apple’s US App Store. She won the US Open.',
      ['Apple:organization', 'United States:place', 'App Store:other', 'US Open:other']],
    ['a maker the lists know before a model’s name of two words and a kind of craft; a moon named after its kind is a place of its own, not the craft named after it',
      'Nasa’s Europa Clipper spacecraft lifted off aboard a SpaceX Falcon Heavy rocket for Jupiter’s moon Europa.',
      ['Nasa:organization', 'Europa Clipper:other', 'SpaceX:organization', 'Falcon Heavy:other', 'Jupiter:place', 'Europa:place']],
    ['a hyphenated name no list knows that owns something, in a clause after it, is a body, though a preposition elsewhere made it a place',
      'Seven rejected an offer from Couche-Tard. Couche-Tard, which owns thousands of stores, said it remained committed.',
      ['Couche-Tard:organization']],
    ['a chapel is a building, a bishop’s see its city; a Dutch surname’s "ten" joins it',
      'Smoke rose from the Sistine Chapel. He served as bishop of Chiclayo. United sacked Erik ten Hag.',
      ['Sistine Chapel:place', 'Chiclayo:place', 'Erik ten Hag:person']],
    ['two words shaped like a person’s name, after "the province of", are a place', 'Trees fell in the port city of Hai Phong and the province of Quang Ninh.',
      ['Hai Phong:place', 'Quang Ninh:place']],
    ['names a kind of settlement introduces with "including" are places', 'Rivers flooded towns south of the city of Valencia, including Paiporta and Chiva, where rain fell.',
      ['Valencia:place', 'Paiporta:place', 'Chiva:place']],
    ['"Co" opens an Irish county’s name, not a hyphenated word’s', 'Thieves raided a Co-op store in Navenby. Farmers in Co Louth protested.',
      ['Co-op:organization', 'Navenby:place', 'Co Louth:place']],
    ['a system named before what it does and "system" is a thing, wherever its name stands again',
      'Engineers built the Horizon accounting system. The Horizon scandal grew. Europe relies on the Galileo navigation system.', ['Horizon:other', 'Europe:place', 'Galileo:other']],
    ['a word no list knows, opening a sentence, is a name unless its ending is a word’s; a club sacks its coach, a company builds, a side is beaten at home',
      'Hoffenheim dismissed head coach Christian Ilzer after a 2-0 home defeat by Bochum. Fujitsu, which built the Horizon system, agreed to pay. Location matters. The club suffered an away defeat to Portsmouth.',
      ['Hoffenheim:organization', 'Christian Ilzer:person', 'Bochum:organization', 'Fujitsu:organization', 'Portsmouth:organization']],
    ['a star the news names by one name is a person; two capitalised words in single quotation marks, in a sentence that names a kind of work, are a work',
      'Beyoncé won the Grammy for album of the year for ‘Cowboy Carter’, her reimagining of country music.',
      ['Beyoncé:person', 'Grammy:other', 'Cowboy Carter:other']],
    ['a tour is a thing', 'Taylor Swift played the last of 149 Eras Tour shows in Vancouver.', ['Taylor Swift:person', 'Eras Tour:other', 'Vancouver:place']],
    ['a monarch’s possessive before a body’s word names the body', 'Keir Starmer spoke at the King’s Fund in London.', ['Keir Starmer:person', 'King’s Fund:organization', 'London:place']],
    ['a given name alone in a headline is the town the body says it is; a people’s adjective before a plural after "the" is the land',
      'Jasper wildfire spreads. A wildfire tore through the town of Jasper in the Canadian Rockies.', ['Jasper:place', 'Canadian Rockies:place']],
    ['the plural of a thing the lists know is that thing', 'Patrick Mahomes won consecutive Super Bowls.', ['Patrick Mahomes:person', 'Super Bowls:other']],
    ['an oil grade is a thing, its bare name elsewhere too, a country’s oil is the country’s, and a party whose name opens with “A” is a body',
      'Benchmark Brent crude rose. Analysts expected Brent to average $76. Iraq crude exports fell, said Sergey Mironov of A Just Russia.',
      ['Brent:other', 'Iraq:place', 'Sergey Mironov:person', 'A Just Russia:organization']],
    ['a city a side lost or drew at, by a score, is its club; an “-ing” given name no verb has opens a name',
      'Liverpool lost 2-1 at Brighton. Arsenal drew 1-1 at Chelsea. Erling Haaland scored.',
      ['Liverpool:organization', 'Brighton:organization', 'Arsenal:organization', 'Chelsea:organization', 'Erling Haaland:person']],
    ['a broadcaster before “TV”, X a post is made on, a byname after “known as” wherever it stands, and a state no misspelt body',
      'Jan Novak told Al-Manar TV. Emmanuel Macron welcomed it on X as a step. Mohamed Hamdan Dagalo, known as Hemedti, spoke. Hemedti left the state of Al-Jazira.',
      ['Jan Novak:person', 'Al-Manar:organization', 'Emmanuel Macron:person', 'X:organization', 'Mohamed Hamdan Dagalo:person', 'Al-Jazira:place']],
    ['companies the news names that no word list knows', 'Airbus is in talks with Thales and Safran.', ['Airbus:organization', 'Thales:organization', 'Safran:organization']],
    ['a constituency one is elected for', 'Nigel Farage, who was elected MP for Clacton, spoke.', ['Nigel Farage:person', 'Clacton:place']],
    ['an armed force the news names in the plural is a body', 'Iran’s Revolutionary Guards said the attack was a response.', ['Iran:place', 'Revolutionary Guards:organization']],
    ['a party’s adjective before a chamber is no part of its name; a region with a hyphen; a given name before a kind of weapon',
      'Republican House Speaker Mike Johnson held up aid for the Indo-Pacific, including Bradley fighting vehicles.',
      ['House:organization', 'Mike Johnson:person', 'Indo-Pacific:place', 'Bradley:other']],
    ['a city before its state’s “-based” is a place; a product named before “prototype”',
      'Net income rose, the Austin, Texas-based company said. It unveiled its Cybercab prototype.', ['Austin:place', 'Texas:place', 'Cybercab:other']],
    ['initials in brackets that spell a hyphened name make it one; a port by its town’s name is a place',
      'Leaders met at the Asia-Pacific Economic Cooperation (APEC) summit. Xi Jinping opened the Chancay port.', ['Asia-Pacific Economic Cooperation:organization', 'Xi Jinping:person', 'Chancay:place']],
    ['a party’s members in the plural after “the” and a word that describes them are the party', 'Her rival, backed by the pro-Russian Socialists, lost.', ['Socialists:organization']],
    ['a weapon whose name is also a word, before its batteries', 'Kiev would receive four Patriot batteries.', ['Kiev:place', 'Patriot:other']],
    ['a company by its trade before its name', 'Danish drugmaker Bavarian Nordic, which makes one of the two vaccines, said it could supply doses.', ['Bavarian Nordic:organization']],
    ['a player’s country before the score is the country, not a team', 'Lorenzo Musetti took bronze, beating Felix Auger-Aliassime of Canada 6-4, 7-6.',
      ['Lorenzo Musetti:person', 'Felix Auger-Aliassime:person', 'Canada:place']],
    ['horse races are named things', 'Trainer Kenny McPeek won the Kentucky Oaks, then the Kentucky Derby. The Preakness Stakes is next.', ['Kenny McPeek:person', 'Kentucky Oaks:other', 'Kentucky Derby:other', 'Preakness Stakes:other']],
    ['the plural of a body’s kind before a list of them', 'He spoke to French TV channels TV7 and France 2.', ['TV7:organization', 'France 2:organization']],
    ['broadcasters whose names read as models', 'He told TF1 and M6 so.', ['TF1:organization', 'M6:organization']],
    ['a courtesy title in another language is no part of the name', 'Emmanuel Macron spoke. “Monsieur Macron is playing with fire,” Maria Zakharova said.', ['Emmanuel Macron:person', 'Maria Zakharova:person']],
    ['a party’s word in brackets is its name’s; a person’s party in brackets is the party', 'Nitish Kumar of the Janata Dal (United) agreed. Sam Smith (Labour) won.',
      ['Nitish Kumar:person', 'Janata Dal (United):organization', 'Sam Smith:person', 'Labour:organization']],
    ['an MP’s party before the title is a body, the title no part of the name', 'The bill was backed by Labour MP Diane Abbott and MP Tomas Berg.',
      ['Labour:organization', 'Diane Abbott:person', 'Tomas Berg:person']],
    ['a party’s adjective before a noun is no mention; the street of an office one stands outside is a place',
      'Speaking outside 10 Downing Street, Keir Starmer ended 14 years of Conservative rule. The Conservatives won 121 seats in the House of Commons.',
      ['Downing Street:place', 'Keir Starmer:person', 'Conservatives:organization', 'House of Commons:organization']],
    ['a chamber before its speaker is a body', 'Taiwan was visited by then-US House Speaker Nancy Pelosi.', ['Taiwan:place', 'US House:organization', 'Nancy Pelosi:person']],
    ['a day after a connector dates a name, not part of it', 'Speaking at the UN General Assembly on Saturday, Lavrov said so.', ['UN General Assembly:organization', 'Lavrov:person']],
    ['the words a title opens with are no one in a list', 'Lavrov met Turkish Foreign Minister Hakan Fidan and Indian External Affairs Minister Subrahmanyam Jaishankar.',
      ['Lavrov:person', 'Hakan Fidan:person', 'Subrahmanyam Jaishankar:person']],
    ['shopping days and primaries are named days', 'Trump won on Super Tuesday. Sales on Black Friday rose.', ['Trump:person', 'Super Tuesday:other', 'Black Friday:other']],
    ['Wall Street’s estimates are the financial industry’s; a street one trades on is a place', 'Revenue beat Wall Street estimates. Stocks fell on Wall Street.',
      ['Wall Street:organization', 'Wall Street:place']],
    ['a conference one attends is the event; one that speaks is a body', 'Zelensky was attending the Munich Security Conference. The Italian Episcopal Conference said no.',
      ['Zelensky:person', 'Munich Security Conference:other', 'Italian Episcopal Conference:organization']],
    ['a party named for its members in the plural, not a country’s people', 'Christian Lindner led the pro-business Free Democrats (FDP). Merz, the leader of the opposition Christian Democrats, spoke. Russian Communists marched.',
      ['Christian Lindner:person', 'Free Democrats:organization', 'FDP:organization', 'Merz:person', 'Christian Democrats:organization']],
    ['a hyphenated word gives one letter to the initials that say how far a name runs, and they are its alias',
      'Observers from the Organization for Security and Co-operation in Europe (OSCE) reported it.',
      ['Organization for Security and Co-operation in Europe:organization']],
    ['a given name that spells a month’s short form, and a forum called a dialogue', 'Chinese Defense Minister Dong Jun told the Shangri-La Dialogue in Singapore that it was over.',
      ['Dong Jun:person', 'Shangri-La Dialogue:other', 'Singapore:place']],
    ['a surname written first, then a given name that spells a month’s short form, opening a sentence', 'Wang Jun said so.', ['Wang Jun:person']],
    ['a country’s Red Crescent is a body', 'The head of Iran’s Red Crescent, Pirhossein Kolivand, spoke.', ['Iran:place', 'Red Crescent:organization', 'Pirhossein Kolivand:person']],
    ['a treaty named before its kind, its initials after “New”', 'Moscow still keeps to the New START treaty. The Minsk accord failed.', ['Moscow:place', 'New START:other', 'Minsk:place']],
    ['a stock index by the word after it', 'Japan’s Nikkei share average surged. The Hang Seng index fell.', ['Japan:place', 'Nikkei:other', 'Hang Seng:other']],
    ['a weapon’s kind in two words, and the Luftwaffe', 'Senior Luftwaffe officers discussed Taurus cruise missiles.', ['Luftwaffe:organization', 'Taurus:other']],
    ['a given name that is also a rank, before a surname’s particle', 'Polls predicted a win for Marine Le Pen’s National Rally. US Marine Sgt. John Holm died.', ['Marine Le Pen:person', 'National Rally:organization', 'United States:place', 'John Holm:person']],
    ['a relative in apposition before a given name no list knows', 'Jimmy Carter died. His wife of 77 years, Rosalynn, died before him.', ['Jimmy Carter:person', 'Rosalynn:person']],
    ['a people named together is no body', '“The Anglo-Saxons did not allow it,” Lavrov said in Moscow.', ['Lavrov:person', 'Moscow:place']],
    ['a place keeps the spelling the article gives it', 'Kiev has described it as a “victory plan.” Talks were held in Kiev.', ['Kiev:place']],
    ['one of the bodies just named', 'Shipping companies including Maersk have diverted vessels.', ['Maersk:organization']],
    ['X is the network where its sentence speaks of a platform', 'The video was viewed 100 million times on X, according to the platform.', ['X:organization']],
    ['a fleet is a body, a cosmodrome a place, and a ship is named after someone',
      'Drones were destroyed by the Black Sea Fleet’s patrol ship Vasily Bykov. Putin met Kim at the Vostochny Cosmodrome.',
      ['Black Sea Fleet:organization', 'Vasily Bykov:other', 'Putin:person', 'Kim:person', 'Vostochny Cosmodrome:place']],
    ['a holiday’s name runs on past its possessive', 'It struck on New Year’s Day. Families met on New Year’s Eve.', ['New Year’s Day:other', 'New Year’s Eve:other']],
    ['initials in brackets are the name’s they follow, of its kind, and name it later too',
      'Troops took a village in the Donetsk People’s Republic (DPR). Denis Pushilin, the head of the DPR, spoke.',
      ['Donetsk People’s Republic:place', 'Denis Pushilin:person']],
    ['a broadcaster the lists know with its number, a staff, a club and a given name they lacked',
      'Pushilin told Rossiya 1 that Ukraine’s General Staff was wrong. Jasmine Paolini lost at the All England Club.',
      ['Pushilin:person', 'Rossiya 1:organization', 'Ukraine:place', 'General Staff:organization', 'Jasmine Paolini:person', 'All England Club:organization']],
    ['a tournament named by where it is played, but not a side’s title win',
      'Carlos Alcaraz beat Novak Djokovic in the Wimbledon final. Fans hailed the Kelvic title win.', ['Carlos Alcaraz:person', 'Novak Djokovic:person', 'Wimbledon:other']],
    ['a broadcaster the lists know with its number, whatever its first word names', 'He spoke to France 24 television. France won 24 medals.',
      ['France 24:organization', 'France:place']],
    ['a ratings agency is a body, wherever it is', 'She is head of research at Fitch Ratings.', ['Fitch Ratings:organization']],
    ['a seat of government one is at is the building, and the body when it speaks',
      'Zelensky met Joe Biden at the White House. Later the White House said no.', ['Zelensky:person', 'Joe Biden:person', 'White House:place', 'White House:organization']],
    ['a model named by its number first', 'The strike halted production of the 737 MAX. Some 300 BBC staff left.', ['737 MAX:other', 'BBC:organization']],
    ['a model named by its number first, its Max in capitals or not; a letters-and-number name a group is known as is the group’s',
      'Alaska Airlines grounded its Boeing 737 Max 9 jets. The 737 Max was grounded before. An alliance of gangs known as G9 threatened war.',
      ['Alaska Airlines:organization', 'Boeing:organization', '737 Max 9:other', '737 Max:other', 'G9:organization']],
    ['countries and capitals the general lexicon lacked, beside the given names they share',
      'Cases were reported in Congo and Chad. Chad Smith flew from Kigali to Jordan.', ['Congo:place', 'Chad:place', 'Chad Smith:person', 'Kigali:place', 'Jordan:place']],
    ['a body by the lowercase kind after its name, and “Dick” is a given name',
      'Dick Schoof leads a coalition with the New Social Contract party.', ['Dick Schoof:person', 'New Social Contract:organization']],
    ['Russian and Ukrainian cities, bodies and pipelines the news names, each alone in its sentence',
      'Guns fell silent in Gorlovka. Ukrenergo cut power. The Nord Stream blasts were investigated.', ['Gorlovka:place', 'Ukrenergo:organization', 'Nord Stream:other']],
    ['given names of people often in the news that the lists lacked', 'Tamim Al Thani hosted the talks.', ['Tamim Al Thani:person']],
    ['an unknown word paired with a place after “in” is a place too', 'Moscow asked for the security of its bases in Tartus and Hmeimim.',
      ['Moscow:place', 'Tartus:place', 'Hmeimim:place']],
    ['a branch named by its letter', 'Islamic State’s Afghan branch, ISIS-K, claimed responsibility.', ['Islamic State:organization', 'ISIS-K:organization']],
    ['a small word inside a name where the initials after it say so, and the initials name it later',
      'It needs approval by the Committee on Foreign Investment in the United States (CFIUS). CFIUS said no. He lived in the United States.',
      ['Committee on Foreign Investment in the United States:organization', 'United States:place']],
    ['a name and a Roman numeral before the kind of thing it is is a thing', 'They launched aboard an Atlas V rocket.', ['Atlas V:other']],
    ['a name and a Roman numeral before a work built under it is the work', 'Work on the Paks II project goes on.', ['Paks II:other']],
    ['a name after “the” before the kind of ship it is is the ship’s, a rank in it too', 'Rebels seized the Galaxy Leader cargo ship.', ['Galaxy Leader:other']],
    ['a short name a letter different from a known place is a town of its own; one a letter short is a typo',
      'Residents fled to Chiva. The ministry in Mocow spoke.', ['Chiva:place', 'Moscow:place']],
    ['where a resident lives, and the outskirts or the centre of a town, are places', 'Ana Belen Garcia, a resident of Paiporta, fled to the outskirts of Chiva.',
      ['Ana Belen Garcia:person', 'Paiporta:place', 'Chiva:place']],
    ['a body’s initials in its own language, in brackets after its name, name it there and later',
      'Navalny died, the Federal Penitentiary Service (FSIN) said. FSIN later added details.', ['Navalny:person', 'Federal Penitentiary Service:organization']],
    ['weapons the news names are things, the maker’s people apart, and a known name keeps its people’s word',
      'Strikes used US-made ATACMS and British Storm Shadow missiles on the Chinese New Year.', ['United States:place', 'ATACMS:other', 'Storm Shadow:other', 'Chinese New Year:other']],
    ['a grand prix keeps its people’s word, a circuit named in its own language is a place, and a product named before “models”',
      'Sainz won the Mexican Grand Prix at the Autodromo Hermanos Rodriguez. Google will unveil its Gemini models.',
      ['Mexican Grand Prix:other', 'Autodromo Hermanos Rodriguez:place', 'Google:organization', 'Gemini:other']],
    ['two bodies joined by “and”, each ending in the same body’s word, and a company before its product',
      'Delta Air Lines, United Airlines and American Airlines grounded flights after Microsoft Windows computers crashed.',
      ['Delta Air Lines:organization', 'United Airlines:organization', 'American Airlines:organization', 'Microsoft:organization', 'Windows:other']],
    ['a place by the lowercase kind of place after its name, and a heritage site’s designation no one’s name',
      'The epicenter was in the High Atlas mountains, near a UNESCO World Heritage site.', ['High Atlas:place', 'UNESCO:organization', 'World Heritage:other']],
    ['a name’s “Jr.” keeps its period', 'Biden will host Ferdinand Marcos Jr. and Martin Luther King Jr. spoke.',
      ['Biden:person', 'Ferdinand Marcos Jr.:person', 'Martin Luther King Jr.:person']],
    ['the kind of body before a name its shape would make a model', 'Zelensky was quoted by Italian broadcaster Sky TG24.', ['Zelensky:person', 'Sky TG24:organization']],
    ['an index is a thing', 'The Shanghai Composite Index closed lower.', ['Shanghai Composite Index:other']],
    ['a code of law is a thing, and France 2 a broadcaster', 'He is charged under the Criminal Code, Macron told France 2 television.',
      ['Criminal Code:other', 'Macron:person', 'France 2:organization']],
    ['ranks before a name are titles: a Marine, a private', 'Russia freed former US Marine Paul Whelan. The Marine Corps said so.',
      ['Russia:place', 'United States:place', 'Paul Whelan:person', 'Marine Corps:organization']],
    ['the Moon is a place, and a craft for something a thing, with its initials',
      'Japan landed on the Moon. Its Smart Lander for Investigating Moon (SLIM) has trouble. SLIM is cold.',
      ['Japan:place', 'Moon:place', 'Smart Lander for Investigating Moon:other']],
    ['a stadium named in its own language is a place, and “Frenchman” no name', 'The Games ended at the Stade de France. The Frenchman won.', ['Stade de France:place']],
    ['a wildfire’s name', 'The Palisades Fire, which broke out on Tuesday, has burned 19,000 acres.', ['Palisades Fire:other']],
    ['newspapers named in their own languages', 'Merkel spoke to Die Zeit and to Deutsche Welle.', ['Merkel:person', 'Die Zeit:organization', 'Deutsche Welle:organization']],
    ['a tournament called Masters is a thing', 'Miko Varga will play at the Halvern Masters next.', ['Miko Varga:person', 'Halvern Masters:other']],
    ['a language as a country speaks it', 'The features are available in US English and British English.', ['US English:other', 'British English:other']],
    ['an exercise’s code name is a thing', 'The drills, code-named Joint Sword-2024A, began.', ['Joint Sword-2024A:other']],
    ['the network a statement is posted on', 'Borrell wrote on X. He said in a post on X that it was over.', ['Borrell:person', 'X:organization']],
    ['a name with a model number is a thing, not a person',
      'Users of Zentrix Navigator 6 complained to Dalvo Ferren.', ['Zentrix Navigator 6:other', 'Dalvo Ferren:person']],
    ['a body named after its country is an organisation',
      'Forecasts from Environment Canada warned of snow.', ['Environment Canada:organization']],
    ['a country after a compass point is a part of it, and a given name among places is a place',
      'The survey ran in New South Wales, Victoria, South Australia, Western Australia and Queensland.',
      ['New South Wales:place', 'Victoria:place', 'South Australia:place', 'Western Australia:place', 'Queensland:place']],
    ['two unknown words ending in a plural are no person; with their article they are a group',
      'Members of the Zorbic Wanderers rallied. Protesters joined. Zorbic Wanderers fans came.', ['Zorbic Wanderers:organization']],
    ['a capitalised "New" inside a sentence begins the name; "a New Zealander" is no name',
      'Voters backed the New Harbour Party, said the New Zealand Herald. Every New Zealander voted.', ['New Harbour Party:organization', 'New Zealand Herald:organization']],
    ['a given name’s second syllable after a hyphen stays in the name, even where it spells a word',
      'Lawmaker Leung Kwok-hung and Wong Kwok-kin of the FTU voted.', ['Leung Kwok-hung:person', 'Wong Kwok-kin:person', 'FTU:organization']],
    ['a title after a place or a body is no part of its name',
      'A detective for the Los Angeles Sheriff’s office came. The State Department Spokesperson declined.', ['Los Angeles:place', 'State Department:organization']],
    ['a sentence-opening word before a person’s name is no part of it',
      'Nonpartisan Paul Tse won. Scientologist Tom Cruise spoke. Pan-democrat Lam Cheuk-ting lost. Tse is nonpartisan.', ['Paul Tse:person', 'Tom Cruise:person', 'Lam Cheuk-ting:person']],
    ['a demonym before two words no list knows is who the person is, then the name',
      'Ben Shelton beat fellow American Zorvan Kettleby in three sets.', ['Ben Shelton:person', 'Zorvan Kettleby:person']],
    ['a possessive that is part of a body’s name does not end it',
      'The Korean People’s Army marched past the Workers’ Party office.', ['Korean People’s Army:organization', 'Workers’ Party:organization']],
    ['a company’s short form and a party’s hyphenated initials are the same body',
      'Zentro Group reported a loss. On Thursday, Zentro shares fell. Leaders of Pakistan Muslim League-Nawaz (PML-N) objected.',
      ['Zentro Group:organization', 'Pakistan Muslim League-Nawaz:organization']],
    ['an ordinary word opening a sentence before a body’s head word is the body’s name',
      'Sales fell. Noble Group said it would review its business.', ['Noble Group:organization']],
    ['an office named after its holder is a body, and its holder’s title names no one',
      'Deputies of the Island County Sheriff’s Department and the Kings County District Attorney’s Office came.',
      ['Island County Sheriff’s Department:organization', 'Kings County District Attorney’s Office:organization']],
    ['a club’s name ends in FC, and its short form is the club; a place before it is part of its name',
      'Zorvale FC beat Kerala Blasters FC. Fans of Zorvale cheered.', ['Zorvale FC:organization', 'Kerala Blasters FC:organization']],
    ['an abbreviated rank before a name is no name of its own',
      'Army spokesman Rear Adm. Tomas Berg spoke.', ['Tomas Berg:person']],
    ['a month after a title is a surname, and a street may be abbreviated',
      'Theresa May met Corbyn near Downing Street. Mr Corbyn told Mrs May the vote is in May. Downing St said no.',
      ['Theresa May:person', 'Corbyn:person', 'Downing Street:organization']],
    ['a title’s portfolio is no name, nor is an ordinary word a misspelt name',
      'Rosemary DiCarlo, the UN Under-Secretary-General for Political and Peacebuilding Affairs, spoke. The Minister of Education said no.',
      ['Rosemary DiCarlo:person', 'UN:organization']],
    ['a demonym before a known body, a body known whole, a state’s formal name and a charter',
      'The Russian UN envoy addressed the UN General Assembly on behalf of the Russian Federation, citing the UN Charter.',
      ['UN:organization', 'UN General Assembly:organization', 'Russia:place', 'UN Charter:other']],
    ['a permanent representative is a title',
      'Vasily Nebenzya, Russian Permanent Representative to the United Nations, spoke.', ['Vasily Nebenzya:person', 'United Nations:organization']],
    ['a region named with its article is named without it; so is the West, after “the” or “collective”',
      'The Middle East is tense. The West has imposed sanctions, and the collective West blames Russia. Officials in the West Bank and The Hague disagreed.',
      ['Middle East:place', 'West:place', 'Russia:place', 'West Bank:place', 'The Hague:place']],
    ['X is the network where a verb of posting or greeting comes a few words before it, not any X after “on”',
      'Prime Minister Narendra Modi congratulated Gukesh on X, calling the win historic. Officials said the plan relies on X.',
      ['Narendra Modi:person', 'X:organization']],
    ['the place an office is of is named, its initials too, and not the day after it',
      'She is the Vice President of the United States. He was President of the US. They met the Prime Minister of the United Kingdom on Monday.',
      ['United States:place', 'United Kingdom:place']],
    ['a given name or a club’s short name before a role and the full name of its holder is the club; a club the lists know is one',
      'Manchester United drew. United boss Ruben Amorim was pleased. Chelsea manager Enzo Maresca was not. They next face Nottingham Forest.',
      ['Manchester United:organization', 'Ruben Amorim:person', 'Chelsea:organization', 'Enzo Maresca:person', 'Nottingham Forest:organization']],
    ['a wall or a gate is a structure; a building “on” a street is not named by it',
      'Crowds met at the Brandenburg Gate, by the Berlin Wall Memorial on Bernauer Strasse. The Council on Foreign Relations met.',
      ['Brandenburg Gate:place', 'Berlin Wall Memorial:place', 'Bernauer Strasse:place', 'Council on Foreign Relations:organization']],
    ['a Romance body’s head word comes first',
      'She will respect the central bank, Banco de México. Banco Santander and the Partido Popular agreed.',
      ['Banco de México:organization', 'Banco Santander:organization', 'Partido Popular:organization']],
    ['a small word between two capitalised parts of one hyphenated word joins one name, a month’s letters too; not “Commander-in-Chief”',
      'He kept boxes at Mar-a-Lago. They met in Stratford-upon-Avon. Commander-in-Chief Aleksandr Syrsky spoke.',
      ['Mar-a-Lago:place', 'Stratford-upon-Avon:place', 'Aleksandr Syrsky:person']],
    ['a Vietnamese surname, then two short syllables, is a person; not a place whose first word is a Chinese surname',
      'He shared the prize with Le Duc Tho and met Pham Minh Chinh in Hong Kong Island.',
      ['Le Duc Tho:person', 'Pham Minh Chinh:person', 'Hong Kong Island:place']],
    ['after a vessel’s kind, a rank is part of the ship’s name; an air carrier is no ship',
      'The frigate Admiral Gorshkov sailed with the aircraft carrier Admiral Kuznetsov. The air carrier Delta said nothing.',
      ['Admiral Gorshkov:other', 'Admiral Kuznetsov:other', 'Delta:organization']],
    ['a name before a product’s kind, plural or a booster, is the product; one before a facility or a compound is a place',
      'SpaceX caught the Super Heavy booster. Its new Blackwell processors sold. Drones hit the Zelvar facility and the Kavra compound.',
      ['SpaceX:organization', 'Super Heavy:other', 'Blackwell:other', 'Zelvar:place', 'Kavra:place']],
    ['a name before “drills” or “exercises” is the exercise’s, not a person’s; a body’s or a country’s drills stay theirs',
      'The Joint Sword-2024A drills began as the Zelvar Shield exercises ended. NATO drills in Poland went on.',
      ['Joint Sword-2024A:other', 'Zelvar Shield:other', 'NATO:organization', 'Poland:place']],
    ['a capital after an apostrophe inside a word makes a name a person’s, opening a sentence too; not an airport’s',
      'Da’Vine Joy Randolph won. D’Angelo Russell scored. They flew from O’Hare International Airport.',
      ['Da’Vine Joy Randolph:person', 'D’Angelo Russell:person', 'O’Hare International Airport:place']],
    ['a paper known by its article is named without it, and “and The” begins another name',
      'Outlets like The Sun and The Mirror ran it. The Telegraph and The Guardian did not. The sun rose.',
      ['Sun:organization', 'Mirror:organization', 'Telegraph:organization', 'Guardian:organization']],
    ['a surname after “to” and before a colon is a message’s addressee',
      'President Vladimir Putin sent a note to Wilson: talks are over.', ['Vladimir Putin:person', 'Wilson:person']],
    ['a surname the news uses alone for a well-known figure is a person',
      'The talks between Putin and Erdogan ended. Later, Zelensky left. A letter went to Obama.', ['Putin:person', 'Erdogan:person', 'Zelensky:person', 'Obama:person']],
    ['a model’s letters, hyphen and number are a thing, whoever makes it; a group of states is a body',
      'Kyiv wants American F-16 jets and the Su-34 crashed, the G-7 said.', ['Kyiv:place', 'F-16:other', 'Su-34:other', 'G-7:organization']],
    ['after a role, a given name begins a person’s name whatever word ends it; initials joined by “&” name a body',
      'The professor Marc Lamont Hill spoke at Texas A&M in Texas.', ['Marc Lamont Hill:person', 'Texas A&M:organization', 'Texas:place']],
    ['a judge’s court is her title, and “the Court’s” points back',
      'U.S. District Judge Aileen Cannon wrote: “The Court’s order stands.”', ['United States:place', 'Aileen Cannon:person']],
    ['a country the word lists file as a demonym is a place, and a centre named after a country (a body, when it speaks) is not the country',
      'A quake struck the Philippines, the China Earthquake Networks Center said. China sent aid.',
      ['Philippines:place', 'China Earthquake Networks Center:organization', 'China:place']],
    ['a body’s last word after “and” may end in -logy, before its initials in parentheses',
      'The Philippine Institute of Volcanology and Seismology (Phivolcs) measured it.', ['Philippine Institute of Volcanology and Seismology:organization']],
    ['a party and state between commas, a contraction, and members of a people or a party are no names',
      'Sen. Richard Lugar, R-Ind., spoke. “I’ve seen it,” he said. The Serbs and a Republican objected; the Republican Party met.',
      ['Richard Lugar:person', 'Republican Party:organization']],
    ['a lawmaker’s party and state in parentheses are no name',
      'Senator Mitch McConnell (R-Ky.) and Sen. Richard Blumenthal (D-Conn.) spoke.', ['Mitch McConnell:person', 'Richard Blumenthal:person']],
    ['a full name opening a sentence after its title joins the titled name',
      'Cop28 president Sultan Al Jaber spoke first. Sultan Al Jaber said more.', ['Cop28:other', 'Sultan Al Jaber:person']],
    ['“Honourable” is a title, not part of the name',
      'President Mwai Kibaki was sworn in. “The commission declares Honourable Mwai Kibaki the winner,” the chairman said.', ['Mwai Kibaki:person']],
    ['a middle initial does not make another person',
      'Chair Tomas Berg spoke on Wednesday. Tomas K. Berg first took office in 2018.', ['Tomas K. Berg:person']],
    ['a place is not the strait, sea or airport named after it',
      'Ships crossed the Taiwan Strait. Taiwan protested.', ['Taiwan Strait:place', 'Taiwan:place']],
    ['a patrol is a body',
      'The Delmar State Patrol confirmed the arrest.', ['Delmar State Patrol:organization']],
    ['an apposition that calls the name a woman or a man makes it a person',
      'Valeska Paris, an Australian woman, spoke. Paris was born in Geneva.', ['Valeska Paris:person', 'Geneva:place']],
    ['the word before "of" says what a name is; a person’s name takes no "of"',
      'The shuttle goes to the Museum of Flight in Seattle. Ahmed Tamwar of FTU spoke.', ['Museum of Flight:place', 'Seattle:place', 'Ahmed Tamwar:person', 'FTU:organization']],
    ['words in capitals that are no names stay out; a body the lists know stays in',
      'You lose 15 IQ points, the WHO said. Nothing will change UNLESS the NHS acts.', ['WHO:organization', 'NHS:organization']],
    ['a capitalised word the article also writes in lowercase is no name',
      'Experts say Iodine deficiency is common. Salt with iodine helps, said Jane Doe.', ['Jane Doe:person']],
    ['an unknown name that is shelled, or called a village, is a place',
      'Forces shelled Zorvinka overnight and entered the village of Krasnyi Brod.', ['Zorvinka:place', 'Krasnyi Brod:place']],
    ['a name ending in "Republic" or "Kingdom" is a place',
      'Troops neared the Donetsk People’s Republic and the Zentrian Kingdom.', ['Donetsk People’s Republic:place', 'Zentrian Kingdom:place']],
    ['a month’s name before a surname is a given name, where no date is written',
      'Aid chief Jan Egeland arrived on Jan 5.', ['Jan Egeland:person']],
    ['…and before a surname that opens with its lowercase particle',
      'Mayor Jan van Zanen said nine people were hurt.', ['Jan van Zanen:person']],
    ['followers of a religion are no name, and "US$" is a currency',
      'Muslims and Jews prayed together. He paid US$ 20,000 in Boston.', ['Boston:place']],
    ['a title’s "of …" is the role, up to the name',
      'Minister of Education Stefania Giannini spoke.', ['Stefania Giannini:person']],
    ['"of the" and "for the" go on inside a body’s name, plural heads too; two complete bodies stay two',
      'Staff of the Andy Warhol Foundation for the Visual Arts met the Centers for Disease Control and Prevention. ' +
      'She studied at the Massachusetts Institute of Technology and Colorado State University.',
      ['Andy Warhol Foundation for the Visual Arts:organization', 'Centers for Disease Control and Prevention:organization',
        'Massachusetts Institute of Technology:organization', 'Colorado State University:organization']],
    ['a title’s "of …" that names only a body leaves the body; a name with its "of" ends before a country',
      'Tomas Berg, Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, spoke. Berg studied at the University of Sheffield of the UK.',
      ['Tomas Berg:person', 'Australian Centre for Control of Iodine Deficiency Disorders:organization', 'University of Sheffield:organization', 'United Kingdom:place']],
    ['a name in camel case, or with shares, a chief executive or a parent, is a company',
      'The bill would force ByteDance, the China-based owner of TikTok, to sell. Google parent Alphabet declined. Shares of Zorvex fell.',
      ['ByteDance:organization', 'China:place', 'TikTok:organization', 'Google:organization', 'Alphabet:organization', 'Zorvex:organization']],
    ['an adverb opening a quoted sentence is no name',
      'Analysts in Minsk concluded, “Usually, President Lukashenko wins.” He said, "Certainly, Tomas Berg lost."', ['Minsk:place', 'Lukashenko:person', 'Tomas Berg:person']],
    ['a dateline in capitals names the place as running text spells it',
      'MOSCOW (Reuters) - Officials in Moscow were angry. WASHINGTON (AP) - NATO met.', ['Moscow:place', 'Reuters:organization', 'Washington:place', 'AP:organization', 'NATO:organization']],
    ['a dateline’s place of four letters, never written otherwise, is named as a place is spelt; a place’s initials keep their name',
      'LIMA (Reuters) - The minister resigned. The DPRK said so.', ['Lima:place', 'Reuters:organization', 'North Korea:place']],
    ['a dateline’s place no list knows, in capitals before its state and agency, is a place',
      'PALO ALTO, Calif. (AP) — Officials met.', ['Palo Alto:place', 'California:place', 'AP:organization']],
    ['a Canadian province written short after a town is the province',
      'WATERLOO, Ont. — Shares fell. Officials met in Regina, Sask., on Monday.',
      ['Waterloo:place', 'Ontario:place', 'Regina:place', 'Saskatchewan:place']],
    ['a dateline’s town that is also a given name, before its state, is a place',
      'TRENTON, N.J. (AP) — Officials met. MADISON, Wis. (AP) — Voters went to the polls.',
      ['Trenton:place', 'New Jersey:place', 'AP:organization', 'Madison:place', 'Wisconsin:place']],
    ['a plural of people opening a sentence and speaking for "they" is no name; a lone word speaking for "it" is',
      'Bystanders said they heard shots. Businesses said that they were forced to pay. Maersk said it would pay.',
      ['Maersk:organization']],
    ['a Persian or Urdu "-e-" joins one name, and its initials in brackets count the hyphen’s capitalised parts',
      'The Pakistan Tehreek-e-Insaf (PTI) party won 18 seats. In Lahore, Khan’s Pakistan Tehreek-e-Insaf (PTI) party won.',
      ['Pakistan Tehreek-e-Insaf:organization', 'Lahore:place', 'Khan:person']],
    ['a role’s capitalised qualifier before its lowercase noun is no part of the body’s name before it',
      'Google Vice president Mia Berg spoke. Unilever Deputy chairman Karl Reed agreed.',
      ['Google:organization', 'Mia Berg:person', 'Unilever:organization', 'Karl Reed:person']],
    ['a company’s officers by their initials are titles, not part of a name',
      'Sales grew, according to Zorvex CFO Karl Reed. Its COO Mia Berg agreed.',
      ['Zorvex:organization', 'Karl Reed:person', 'Mia Berg:person']],
    ['a name before a club’s role and its holder is the club, after "said" too',
      'The win was lucky, said Zorbach boss Dieter Hecking. The loss was fair, said Karvina manager Tomas Berg.',
      ['Zorbach:organization', 'Dieter Hecking:person', 'Karvina:organization', 'Tomas Berg:person']],
    ['a name a role is "of", with a kind of place after it, is the place',
      'The chief administrator of Zorgat district said 160 bodies had been recovered. The chief executive of Zorvex said so too.',
      ['Zorgat:place', 'Zorvex:organization']],
    ['a given name whose mayor is named after it, or that a mayor runs, is the town',
      'Former Trenton Mayor Tony Mack was sentenced. Kwame Reed was found guilty while mayor of Tyler.',
      ['Trenton:place', 'Tony Mack:person', 'Kwame Reed:person', 'Tyler:place']],
    ['an apposition that calls a name a platform or a company makes it a body',
      'Brussels opened a probe into X, the platform formerly known as Twitter.', ['Brussels:place', 'X:organization', 'Twitter:organization']],
    ['a model’s or an event’s number is part of its name, and its acronym still joins it',
      'Microsoft urged users to drop Internet Explorer 6 before the FIFA World Cup 2018. IE was old. Russia won 2 games.',
      ['Microsoft:organization', 'Internet Explorer 6:other', 'FIFA World Cup 2018:other', 'Russia:place']],
    ['letters and a number, operations, ships and craft, and well-known software are things',
      'Users of ZX9 and Windows XP cheered as Space Shuttle Zephyr landed. Operation Kestrel began. HMS Valour sailed.',
      ['ZX9:other', 'Windows XP:other', 'Space Shuttle Zephyr:other', 'Operation Kestrel:other', 'HMS Valour:other']],
    ['a name before the kind of product it is, is a product',
      'Ukraine asked Berlin for Zorvex missiles and the Kestrava app.', ['Ukraine:place', 'Berlin:place', 'Zorvex:other', 'Kestrava:other']],
    ['a product named before its kind is the same product where only a preposition makes it a place',
      'Adobe blamed weak Kestrava platform revenues. The decline in Kestrava sales hurt.', ['Adobe:organization', 'Kestrava:other']],
    ['a name in camel case before the kind of product it is, is the product, not a company',
      'The company will release an update of its KestraDraw software this summer.', ['KestraDraw:other']],
    ['a body the lists know, run into a person’s name, is two names',
      'The Russian envoy to the UN Vassily Nebenzia told the UN Security Council.', ['UN:organization', 'Vassily Nebenzia:person', 'UN Security Council:organization']],
    ['regions and war-torn towns the general lexicon lacks are places',
      'Deputies in Lombardy met. Shelling hit Belgorod, Kupyansk and Nagorno-Karabakh.', ['Lombardy:place', 'Belgorod:place', 'Kupyansk:place', 'Nagorno-Karabakh:place']],
    ['agencies and companies frequent in international news are bodies',
      'Interfax said the SBU and Rosatom met the OSCE.', ['Interfax:organization', 'SBU:organization', 'Rosatom:organization', 'OSCE:organization']],
    ['a leader of a chamber is a title; the chamber is a body',
      'Senate Majority Leader Chuck Schumer spoke.', ['Senate:organization', 'Chuck Schumer:person']],
    ['a hyphenated title is a title; a title’s "of" naming a body leaves the body',
      'Co-founder of Google, Sergey Brin, met Secretary-General Antonio Guterres.', ['Google:organization', 'Sergey Brin:person', 'Antonio Guterres:person']],
    ['a given name common in international news opens a person’s name',
      'Officials met Mykhailo Baker and Yulia Stone in Minsk.', ['Mykhailo Baker:person', 'Yulia Stone:person', 'Minsk:place']],
    ['a given name that is also a word ("Bill", "Dean") opens a person’s name',
      'The photo is by Bill Ingalls. The school was founded by Dean Kamen on Hope Street.', ['Bill Ingalls:person', 'Dean Kamen:person', 'Hope Street:place']],
    ['a name in a list is of its neighbours’ kind; a lone word only in a longer list',
      'The team had Romelu Lukaku, Yannick Carrasco, and Dries Mertens. The rescued included Bangladeshis and Rohingya.',
      ['Romelu Lukaku:person', 'Yannick Carrasco:person', 'Dries Mertens:person']],
    ['a body’s head word run into a person’s name is a body and a person',
      'They met the Foreign Ministry’s Budget Department Dmitry Volkov and the official representative of the Russian foreign Ministry Maria Zakharova.',
      ['Russian Foreign Ministry:organization', 'Budget Department:organization', 'Dmitry Volkov:person', 'Maria Zakharova:person']],
    ['a ministry "of … Affairs" is the "… Ministry"; "Justice Department" is a body, not a justice',
      'The Ministry of Foreign Affairs and the Justice Department spoke. The Foreign Ministry agreed with the Department of Justice.',
      ['Ministry of Foreign Affairs:organization', 'Department of Justice:organization']],
    ['a fuller name written later takes in the "Ministry of … Affairs" before it, and names the body',
      'The Ministry of Foreign Affairs spoke. The Russian foreign ministry agreed.', ['Russian Foreign Ministry:organization']],
    ['the body a name is "of" is a name of its own',
      'The Council of the European Union met. Assets in the European Union and the EU were frozen.',
      ['Council of the European Union:organization', 'European Union:organization']],
    ['embassies and the Treasury are bodies', 'The US Embassy in Moscow said the Treasury erred.',
      ['US Embassy:organization', 'Moscow:place', 'Treasury:organization']],
    ['adjectives of places and compass points are no mentions', 'Elections were held in Crimea. Russia is responding to Western sanctions. The list included the head of the Crimean government, Yuri Gotsanyuk.',
      ['Crimea:place', 'Russia:place', 'Yuri Gotsanyuk:person']],
    ['a qualifier before a title belongs to it; the bodies and places a role is "of" are mentions',
      'U.S. Deputy Secretary of State Thomas Shannon met High Representative of the European Union for Foreign Affairs Josep Borrell.',
      ['United States:place', 'Thomas Shannon:person', 'European Union:organization', 'Josep Borrell:person']],
    ['unknown words after "in" with no given name are a place; the SWIFT network is a body',
      'Officials investigated the attack in Khan Shaykhun and cut banks from SWIFT.', ['Khan Shaykhun:place', 'SWIFT:organization']],
    ['a demonym after a name describes what follows, and is no part of the name',
      'Missiles hit the Zorvex Ukrainian defense plant run by Tomas Berg.', ['Tomas Berg:person']],
    ['an ampersand joins a name, a company’s suffix ends one, and short forms drop the suffix',
      'The board of Research In Motion Ltd hired Jefferies & Co. RIM, Apple Inc and Google Inc talked. Cisco Systems agreed, and Cisco said so.',
      ['Research In Motion Ltd:organization', 'Jefferies & Co:organization', 'Apple Inc:organization', 'Google Inc:organization', 'Cisco Systems:organization']],
    ['dotted suffixes end a company’s name and type it; "Co" before a name is an Irish county',
      'Philips N.V. and Cisco Systems Inc. cut jobs, as did Renault S.A. The plant is in Dundalk, Co Louth.',
      ['Philips N.V.:organization', 'Cisco Systems Inc:organization', 'Renault S.A.:organization', 'Dundalk:place', 'Co Louth:place']],
    ['a county prosecutor is a title; New Year’s Day is a holiday (a named thing), not a place; German states are places',
      'According to Latah County Prosecutor Bill Thompson, the family spoke on New Year’s Day. Police in North Rhine-Westphalia and Schleswig-Holstein agreed.',
      ['Latah County:place', 'Bill Thompson:person', 'New Year’s Day:other', 'North Rhine-Westphalia:place', 'Schleswig-Holstein:place']],
    ['a company’s last word before its suffix is its short form, wherever it comes first',
      'Kodak and Ericsson cut jobs. Eastman Kodak Co and L.M. Ericsson Co said so.',
      ['Eastman Kodak Co:organization', 'L.M. Ericsson Co:organization']],
    ['the people of a place are no mention, in two words or the plural; "Victoria" is the state, not Victoria Beckham',
      'Sri Lankans and New Zealanders cheered in Queensland and Victoria. Victoria Beckham came.',
      ['Queensland:place', 'Victoria:place', 'Victoria Beckham:person']],
    ['a name glossed by its initials or by a body’s English name is a body',
      'Barisan Nasional (BN) and Pakatan Harapan (Alliance of Hope) won seats.',
      ['Barisan Nasional:organization', 'Pakatan Harapan:organization', 'Alliance of Hope:organization']],
    ['a survey and a board are bodies', 'The U.S. Geological Survey reports that the Malaysia Tourism Board agreed.',
      ['U.S. Geological Survey:organization', 'Malaysia Tourism Board:organization']],
    ['a fellow is a title; three capitals open a body’s name, not a person’s',
      'The co-authors are MIT Pappalardo Fellow Benjamin Lehmann and ATK Mohun Bagan.',
      ['MIT Pappalardo:organization', 'Benjamin Lehmann:person', 'ATK Mohun Bagan:organization']],
    ['a sports club’s "SC" is a suffix', 'Simba SC beat Umm Salal SC.', ['Simba SC:organization', 'Umm Salal SC:organization']],
    ['a company’s officers are titles', 'The firm said Chief Operating Officer Don Morrison would retire.', ['Don Morrison:person']],
    ['unknown words are no person when one is an abstract noun, a compass point or a country; "Kanye West" still is',
      'The Malaysia Tourism board and the Civic Passion group met in the Kowloon West constituency. Kanye West said nothing.',
      ['Kowloon West:place', 'Kanye West:person']],
    ['"HK" is Hong Kong', 'HK and Hong Kong are one.', ['Hong Kong:place']],
    ['a US state that is also a given name is a place, named alone', 'Robert Smith, the former governor of Virginia, spoke. Virginia voted.',
      ['Robert Smith:person', 'Virginia:place']],
    ['a company’s suffix alone names nothing; after a name written in lowercase it ends that name',
      'At another bellwether, eBay Inc., sales fell. Ltd. said nothing. EBay said it earned more.', ['eBay Inc:organization']],
    ['a quarter’s "1Q" is no part of a name', 'BlackBerry 1Q tops estimates as BlackBerry sold phones.', ['BlackBerry:organization']],
    ['an honorific after the role is no part of the name; a university in Malay is a body',
      'Prime Minister Datuk Seri Anwar Ibrahim spoke at Universiti Teknologi MARA. Anwar left.',
      ['Anwar Ibrahim:person', 'Universiti Teknologi MARA:organization']],
    ['a title’s short form keeps its period and joins the names around it',
      'Virginia Gov. Ralph Northam and Sen. Tom Cotton spoke. South Carolina Gov. Henry McMaster left. Lt. Gov. Dan Patrick stayed.',
      ['Virginia:place', 'Ralph Northam:person', 'Tom Cotton:person', 'South Carolina:place', 'Henry McMaster:person', 'Dan Patrick:person']],
    ['a storm is a named thing, and its given name alone is the storm', 'Hurricane Michael weakened on Thursday. Michael’s eye was west of Raleigh.',
      ['Hurricane Michael:other', 'Raleigh:place']],
    ['US states as the AP abbreviates them', 'The storm hit N.C. on Friday. EBay, based in San Jose, Calif., said it earned more.',
      ['North Carolina:place', 'EBay:organization', 'San Jose:place', 'California:place']],
    ['a compound compass point opens a place’s name', 'The storm will approach the Southwest Louisiana coast.', ['Southwest Louisiana:place']],
    ['a centre that works is a body, one visited a place',
      'The National Hurricane Center and the Pacific Tsunami Warning Center warned visitors to the Kennedy Space Center.',
      ['National Hurricane Center:organization', 'Pacific Tsunami Warning Center:organization', 'Kennedy Space Center:place']],
    ['a club’s "United" after its town', 'Coffs United Lions beat Port United. The United States voted.',
      ['Coffs United Lions:organization', 'Port United:organization', 'United States:place']],
    ['a body’s word is no misspelt name, and an adjective before its noun no destination',
      'In an appearance on CNN’s "State of Union," Bedingfield wrote to Democratic colleagues.', ['CNN:organization', 'State of Union:other', 'Bedingfield:person']],
    ['initials in brackets say how far a body’s name runs through its "of"',
      'Militants of the Popular Front for the Liberation of Palestine (PFLP) left. The University of Sheffield of the UK spoke.',
      ['Popular Front for the Liberation of Palestine:organization', 'University of Sheffield:organization', 'United Kingdom:place']],
    ['a body’s kind before its name makes it a body, whatever verb follows',
      'Ahead of the poll, the regional body Ecowas said no, and the localist group Youngspiration agreed.', ['Ecowas:organization', 'Youngspiration:organization']],
    ['an award and the Games are named things; "-nominated" is no part of a name', 'The Oscar-nominated actor won two Emmys at the 2024 Olympics.',
      ['Oscar:other', 'Emmys:other', 'Olympics:other']],
    ['two names and a comma are an apposition, not a list; four unknown words may be a person',
      'Nana Addo Dankwah Akufo-Addo, NPP: 5,248,898 votes. Mr. Akufo-Addo could not concede.', ['Nana Addo Dankwah Akufo-Addo:person', 'NPP:organization']],
    ['"the Fed" is the Federal Reserve', 'The Federal Reserve raised rates. Fed Chair Jerome Powell said the Fed would act.',
      ['Federal Reserve:organization', 'Jerome Powell:person']],
    ['a given name, then a surname spelt like a body’s word, is a person', 'She wants Margaret Court’s record. The Supreme Court ruled.',
      ['Margaret Court:person', 'Supreme Court:organization']],
    ['a plural’s apostrophe inside a body’s name; British police ranks are titles before a given name',
      'He will appear at Westminster Magistrates’ Court on Monday. PC Keith Palmer died.',
      ['Westminster Magistrates’ Court:organization', 'Keith Palmer:person']],
    ['a surname goes to the one named before it, not later in its sentence',
      'Prime Minister Narendra Modi spoke. Gandhi accused Prime Minister Modi of aiding Lalit Modi.',
      ['Narendra Modi:person', 'Gandhi:person', 'Lalit Modi:person']],
    ['a name written without its accents is the same name, and a middle name may be what the news calls someone',
      'President Andrés Manuel López Obrador called Luiz Inácio Lula da Silva. Lopez Obrador said Lula won.',
      ['Andrés Manuel López Obrador:person', 'Luiz Inácio Lula da Silva:person']],
    ['social networks are bodies like Twitter', 'Zakharova wrote on Telegram and he posted on Instagram.',
      ['Zakharova:person', 'Telegram:organization', 'Instagram:organization']],
    ['"iPhone 6" and "iPad" are things, "eBay" a company; a program called something is a thing; a role’s word after "said" is no name',
      'Apple introduced the iPhone 6. The iPad sold well at eBay. It uses a program called Siri, said Tech analyst Patrick Moorhead.',
      ['Apple:organization', 'iPhone 6:other', 'iPad:other', 'eBay:organization', 'Siri:other', 'Patrick Moorhead:person']],
    ['clubs and broadcasters whose names read as words; "Man City" is Manchester City',
      'Manchester City beat Arsenal. Man City led, Guardiola told Sky Sports.',
      ['Manchester City:organization', 'Arsenal:organization', 'Guardiola:person', 'Sky Sports:organization']],
    ['a nickname in quotation marks inside a name joins it, and names its bearer alone',
      'President Joko ‘Jokowi’ Widodo spoke of Abu Sayyaf. President Jokowi left.', ['Joko ‘Jokowi’ Widodo:person', 'Abu Sayyaf:organization']],
    ['a lab or a laboratory is a body',
      'The study is led by Mia Berg of the Kestrel Lab at Harvard University. Zorvex Laboratories scientists helped.',
      ['Mia Berg:person', 'Kestrel Lab:organization', 'Harvard University:organization', 'Zorvex Laboratories:organization']],
    ['parties named without "Party", whole across their "and" or "for"',
      'Law and Justice lost to Civic Platform. Alternative for Germany and National Rally gained. Udar and Svoboda joined.',
      ['Law and Justice:organization', 'Civic Platform:organization', 'Alternative for Germany:organization', 'National Rally:organization',
        'Udar:organization', 'Svoboda:organization']],
    ['a station is a body, and the same long name typed otherwise by its context is the same one',
      'Mantashe spoke to local television station Newzroom Afrika on Friday. He told Newzroom Afrika that he would stay.',
      ['Newzroom Afrika:organization']],
    ['two particles in a row stay in a name', 'Commission President Ursula von der Leyen met Rafael van der Vaart.',
      ['Ursula von der Leyen:person', 'Rafael van der Vaart:person']],
    ['an abstract noun ends a portfolio, not a name after it',
      'The new European Council President, Antonio Costa, EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas, took office.',
      ['European Council:organization', 'Antonio Costa:person', 'Kaja Kallas:person']],
    ['a place’s word before "of" makes a place, a body’s word a body',
      'Missiles fell into the Sea of Japan and the Gulf of Mexico, the Bank of Korea said.',
      ['Sea of Japan:place', 'Gulf of Mexico:place', 'Bank of Korea:organization']],
    ['where analysts or economists work is a body',
      'It cost $1 million a day, according to analysts at Jefferies. An economist with Zarvon Partners agreed. Protesters at Tahrir cheered.',
      ['Jefferies:organization', 'Zarvon Partners:organization', 'Tahrir:place']],
    ['a lone given name paired with a place after "in" is a place',
      'Work at its plants in Renton and Everett resumed. Talks in Kyiv and Paris ended.',
      ['Renton:place', 'Everett:place', 'Kyiv:place', 'Paris:place']],
    ['a lone given name paired with a place elsewhere stays a person',
      'Officials from Paris and Everett signed the deal.', ['Paris:place', 'Everett:person']],
    ['a lone word that speaks of itself as "it" is a body, and a name though it opens the sentence',
      'Shipping firms remain wary. Maersk said in January that it would not send vessels there. Tolvaner said it was time to go.',
      ['Maersk:organization', 'Tolvaner:person']],
    ['a ministry’s portfolio listed with commas is one name; a role’s names no one; a list of names stays a list',
      'It was set by the Ministry of Housing, Communities and Local Government. The Secretary of State for Culture, Media and Sport, Lisa Nandy, spoke. ' +
      'The Ministry of Defence, Britain and France agreed.',
      ['Ministry of Housing, Communities and Local Government:organization', 'Lisa Nandy:person', 'Ministry of Defence:organization',
        'United Kingdom:place', 'France:place']],
    ['a plural’s apostrophe before a body’s word is inside its name; a chamber is a body',
      'The Dockworkers’ Union of Kovaro said so, said the head of the Kovaro Chamber of Commerce.',
      ['Dockworkers’ Union of Kovaro:organization', 'Kovaro Chamber of Commerce:organization']],
    ['a name before "chief executive" and a person is the body the role is held in',
      'Talks with the operator, Meridian Terminals, broke down. Meridian Terminals chief executive Anton Berg said so.',
      ['Meridian Terminals:organization', 'Anton Berg:person']],
    ['a name typed a place only by its preposition is the body another mention says it is',
      'Striking machinists at Aerovane voted. Aerovane chief executive Karen Voss said so. Fighting in Zorvinka went on.',
      ['Aerovane:organization', 'Karen Voss:person', 'Zorvinka:place']],
    ['the same, when the body’s mention opens the sentence', 'Aerovane chief executive Karen Voss said so. Workers at Aerovane voted.',
      ['Aerovane:organization', 'Karen Voss:person']],
    ['a given name written with a surname first keeps its syllable after the hyphen, whatever it spells',
      'He met Moon Jae-in and Kim Min-jun, said Park Ji-sung.', ['Moon Jae-in:person', 'Kim Min-jun:person', 'Park Ji-sung:person']],
    ['a club is named by its town and a club’s word, and called by either; the town alone, playing, is the club',
      'Westford Rovers beat Castlebridge City 3-1. Castlebridge, who were champions, lost. Rovers travel to Northampton, while Castlebridge host Dunmore Athletic.',
      ['Westford Rovers:organization', 'Castlebridge City:organization', 'Northampton:place', 'Dunmore Athletic:organization']],
    ['a body’s noun, then its name set off by commas, is a body; so is a journal named after its noun',
      'The national weather service, Meteovald, warned of rain. It was published in the journal Nature Medicine. The group, John Smith, said no.',
      ['Meteovald:organization', 'Nature Medicine:organization', 'John Smith:person']],
    ['what a country has names it a place, and its people are no name: “the governments of Tolmar and Ravenia”, “Ravenian”',
      'The governments of Tolmar and Ravenia signed it. Her Ravenian counterpart agreed, and Tolmari farmers waited.',
      ['Tolmar:place', 'Ravenia:place']],
    ['an ampersand joins a firm’s names; a telecom is a body; a motorway after “near the” is a road',
      'Men robbed Elton & Gray and were held near the M62. Regulators fined Brightline Telecom.',
      ['Elton & Gray:organization', 'M62:place', 'Brightline Telecom:organization']],
    ['a group named for what its members want is one name', 'Watchdog groups, including Citizens for Clean Government, praised it. Americans for the first time voted.',
      ['Citizens for Clean Government:organization']],
    ['capitalised words that fill a quotation are a work’s title; films, studios and research firms are bodies',
      'Lena Marquez won for “The Salt Road,” produced by Estrella Films. Her “Night Trains,” was shown too. Analysts at Greyhill Research agreed.',
      ['Lena Marquez:person', 'The Salt Road:other', 'Estrella Films:organization', 'Night Trains:other', 'Greyhill Research:organization']],
    ['a company is called by the first word of its name, its suffix aside, even where a preposition made it a place',
      'Harlow Foods Inc. agreed to a sale, at a premium to Harlow’s closing price. Harlow shares jumped.',
      ['Harlow Foods Inc:organization']],
    ['a firm described as a trading house is a body; a house to live in is not said to be one',
      'Most of the funds are held by Euroclear, a Brussels-based clearing house. They met at Kelmscott, a country house in Oxfordshire.',
      ['Euroclear:organization', 'Brussels:place', 'Kelmscott:place', 'Oxfordshire:place']],
    ['"el" joins an Arabic name', 'Prosecutors said Karima el Mahroug was a dancer.', ['Karima el Mahroug:person']],
    ['"state" after an article is a noun, not a verb before a speaker', 'He met the state Assembly Speaker Sheldon Silver.', ['Sheldon Silver:person']],
    ['a given name the general lexicon lacks opens a person’s name, even where the surname is an ordinary word',
      'Declan Hearty, 61, was convicted. Sentencing Hearty, the judge spoke. Aoife Strong and Kwame Bright also spoke.',
      ['Declan Hearty:person', 'Aoife Strong:person', 'Kwame Bright:person']],
    ['a given name written with its accents is a given name; what kind of body a name is may follow it',
      'Luís Montenegro won. Zoë Ball and Jörg Moosbrugger agreed. The far-right Chega party surged, and Montenegro ruled out a deal with Chega.',
      ['Luís Montenegro:person', 'Zoë Ball:person', 'Jörg Moosbrugger:person', 'Chega:organization']],
    ['a crossing is a place; a museum that speaks or owns is a body',
      'Aid went through the Bab al-Hawa crossing. The Centraal Museum, which owns the painting, said it was genuine. They toured the Hermitage Museum.',
      ['Bab al-Hawa:place', 'Centraal Museum:organization', 'Hermitage Museum:place']],
    ['where analysts work is a body, even where they speak; a possessive body does not head an apposition',
      'Analysts at Nomura said so. “Trade is near zero,” said Lu Ting, the bank’s chief China economist.',
      ['Nomura:organization', 'Lu Ting:person', 'China:place']],
    ['after a role, "He" is the Chinese surname', 'Commerce ministry spokesperson He Yadong told a briefing. He left.', ['He Yadong:person']],
    ['a centre a country runs is a body; a storm’s category is no name; land after "the state of" is a place',
      'Otis grew, according to the US National Hurricane Center. Hurricane Otis hit as a Category 5 storm. Soldiers went to the state of Guerrero.',
      ['Hurricane Otis:other', 'US National Hurricane Center:organization', 'Guerrero:place']],
    ['a start-up is a body; after a title, a given name opens a person’s name, whatever word ends it',
      'She worked at payments start-up Quillpay. Assistant US Attorney Kevin Marsh spoke.', ['Quillpay:organization', 'Kevin Marsh:person']],
    ['a club a player moves from or to is a body, though a city’s name; so is one opened by "Real"; a country sold to is not',
      'Villarreal signed forward Rafinha Couto from Porto. He joined Porto from Fluminense. They sold defender Otávio Pereira to Fulham and play Real Betis next. ' +
      'Germany sold weapons to Ukraine.',
      ['Rafinha Couto:person', 'Porto:organization', 'Fluminense:organization', 'Otávio Pereira:person', 'Fulham:organization', 'Real Betis:organization',
        'Germany:place', 'Ukraine:place']],
    ['a party’s members in the plural are no name; the party is, by its article; so is a party named with them',
      'After Republicans demanded cuts, Democrats left. The Democrats said no. Gary Fan of the Neo Democrats lost.',
      ['Democrats:organization', 'Gary Fan:person', 'Neo Democrats:organization']],
    ['an institution’s "of"; a portfolio’s two words after "and"; the name a body is "known as", and that name again',
      'The Institution of Civil Engineers met. It was measured by the California Department of Forestry and Fire Protection, known as Cal Fire. Cal Fire said so.',
      ['Institution of Civil Engineers:organization', 'California Department of Forestry and Fire Protection:organization', 'Cal Fire:organization']],
    ['a ground, a barrier or a dam is a place, and a venue’s initials name it; a programme that speaks is a body',
      'They played at the Melbourne Cricket Ground. The MCG was full. The Thames Barrier closed. The Harvest Relief Programme said it would help.',
      ['Melbourne Cricket Ground:place', 'Thames Barrier:place', 'Harvest Relief Programme:organization']],
    ['a model is named by its maker and its letters and number; off a street is on it; a developer named in apposition is a body',
      'The Bombardier CRJ700 struck it. OpenAI’s GPT-4o was beaten by Lumen-2, a model. It was a car park off Deansgate, despite objections. The developer, Halcyon Living, said so.',
      ['Bombardier CRJ700:other', 'OpenAI:organization', 'GPT-4o:other', 'Lumen-2:other', 'Deansgate:place', 'Halcyon Living:organization']],
    ['villages named after "the villages of"; an award with its French particle; a work’s title in quotation marks, small words and all',
      'Its forces repelled attacks near the villages of Olgovka and Kauchuk. Jafar Panahi won the Palme d’Or for “It Was Just an Accident,” a drama shot in secret.',
      ['Olgovka:place', 'Kauchuk:place', 'Jafar Panahi:person', 'Palme d’Or:other', 'It Was Just an Accident:other']],
    ['Britain’s kinds of street are places, a close only where something is in it, as a surname spells it',
      'The fire service was called to a tower in Guild Close, Birmingham. Police closed Kensington Mews. Glenn Close starred.',
      ['Guild Close:place', 'Birmingham:place', 'Kensington Mews:place', 'Glenn Close:person']],
    ['what a phrase is known as, where the phrase ends on a place it is led by, is a body',
      'OPEC+ extended its cuts. The Organization of the Petroleum Exporting Countries and allies led by Russia, known as OPEC+, cut output.',
      ['OPEC+:organization', 'Organization of the Petroleum Exporting Countries:organization', 'Russia:place']],
    ['a fire service’s ranks are titles: the body before them ends at its own name',
      '“People need to heed those,” Cal-Fire Division Chief Chris Anthony said. Battalion Chief Ana Ruiz agreed.',
      ['Cal-Fire:organization', 'Chris Anthony:person', 'Ana Ruiz:person']],
    ['"the Federal Reserve Bank" is the Fed; a regional one, named by its district, is not',
      'Jerome Powell said the Fed would act. The Federal Reserve Bank said so. The Federal Reserve Bank of New York agreed.',
      ['Jerome Powell:person', 'Federal Reserve:organization', 'Federal Reserve Bank of New York:organization']],
    ['a unit after a number names nothing',
      'Apple is bumping up the base storage of the iPhone 8 to 64 GB. The plant makes 500 MW.', ['Apple:organization', 'iPhone 8:other']],
    ['a programme’s or a podcast’s title in quotation marks after its kind is a work',
      'Jussie Smollett lost his role on the TV program “Empire” last year. She hosts the podcast “Call Her Daddy”.', ['Jussie Smollett:person', 'Empire:other', 'Call Her Daddy:other']],
    ['a member’s seat named before the member is a place, the lists knowing it or not',
      'Wigan MP Lisa Nandy voted for the deal. So did the Ribblesford MP.', ['Wigan:place', 'Lisa Nandy:person', 'Ribblesford:place']],
    ['the Congos, written with their "the" or without, "DR Congo" too',
      'Fighting spread in the Democratic Republic of the Congo. Refugees left the Democratic Republic of Congo and DR Congo for the Republic of Congo.',
      ['Democratic Republic of the Congo:place', 'Republic of the Congo:place']],
    ['a clock’s zone in capitals is no name; a state’s postal code after a town is the state; Spanish words open places’ names',
      'The storm made landfall at 5 p.m. CT, then hit Laguna Madre. Offices in Hartford, CT and Austin, TX closed.',
      ['Laguna Madre:place', 'Hartford:place', 'Connecticut:place', 'Austin:place', 'Texas:place']],
    ['names right after a noun for people are people, listed or not, whatever place’s word ends them; whom someone marries is a person',
      'He was the son of actors Lockwood West and Olive Carleton-Crowe. He married Prunella Scales in 1963.',
      ['Lockwood West:person', 'Olive Carleton-Crowe:person', 'Prunella Scales:person']],
    ['titles after the kind of work, listed or not, are works; so is a name no list knows before the star of it; a channel by its number is a body',
      'He starred in the soaps Coronation Street and EastEnders, dramas such as Bleak House, and Channel 4’s Great Canal Journeys. His wife is Fawlty Towers star Prunella Scales.',
      ['Coronation Street:other', 'EastEnders:other', 'Bleak House:other', 'Channel 4:organization', 'Great Canal Journeys:other', 'Fawlty Towers:other', 'Prunella Scales:person']],
    ['a name after a title takes no "of" and a place, whatever body’s words the title has; a party’s leader is a title; a participle after a hyphen is no part of a name',
      '“It is over,” Senate Democratic Leader Chuck Schumer of New York said. The Senate-amended bill now heads to the House.',
      ['Senate:organization', 'Chuck Schumer:person', 'New York:place', 'House:organization']],
    ['a Nordic given name the lists had lacked opens a sentence’s name; a club a player is on loan from is a body, named after its city or not',
      'Ole Gunnar Solskjaer has confirmed it. Odion Ighalo joined on loan from Shanghai Shenhua.',
      ['Ole Gunnar Solskjaer:person', 'Odion Ighalo:person', 'Shanghai Shenhua:organization']],
    ['a chairperson is a title; a short form the lists know is not that body before a word that says it is a party',
      'Electoral Commission Chairperson Davidetta Browne Lansanah spoke. George Weah said his CDC party had lost.',
      ['Electoral Commission:organization', 'Davidetta Browne Lansanah:person', 'George Weah:person', 'CDC:organization']],
    ['places after "the cities of", a plural in "-ies"; a name that opens with a body’s word, said to be someone "who", is a person',
      'The quake hit the cities of Zhaotong and Qujing. Sun Huaikun, who is in charge of the response, said the lake was stable.',
      ['Zhaotong:place', 'Qujing:place', 'Sun Huaikun:person']],
    ['a portfolio’s ordinary words after a country belong to the role, not to a body; a state before a title stays a place; a power plant is a place',
      'Ukrainian Energy Minister German Galushchenko spoke. Lagos State Governor Babajide Sanwo-Olu agreed. Drones hit the Zaporozhye Nuclear Power Plant.',
      ['German Galushchenko:person', 'Lagos State:place', 'Babajide Sanwo-Olu:person', 'Zaporozhye Nuclear Power Plant:place']],
    ['a people the general lexicon lacks is no name; a country’s Red Cross is one body',
      'British troops left. It was backed by the British Red Cross and the Russian UN envoy.', ['British Red Cross:organization', 'UN:organization']],
    ['a club is called by its last word without an article; "the City" is a town’s government; a stock index keeps its number',
      'Manchester City beat West Ham United 3-1. Phil Foden put City ahead. Officials in Kansas City said the City would pay. The S&P 500 rose. S&P cut its rating.',
      ['Manchester City:organization', 'West Ham United:organization', 'Phil Foden:person', 'Kansas City:place', 'S&P 500:other', 'S&P:organization']],
    ['a body’s last two words after "and", an adjective and a plural; a strain, a medicine, a foreign building, a motorway, a channel, an empress',
      'Jeanne Marrazzo, director of the National Institute of Allergy and Infectious Diseases, spoke. The H5N1 virus spread. He took the antiviral drug Tamiflu. ' +
      'Thieves raided the Galerie d’Apollon and fled towards the A6 motorway. Rachida Dati told TF1 television so. A crown of Empress Eugénie was found near the Louvre.',
      ['Jeanne Marrazzo:person', 'National Institute of Allergy and Infectious Diseases:organization', 'H5N1:other', 'Tamiflu:other', 'Galerie d’Apollon:place',
        'A6:place', 'Rachida Dati:person', 'TF1:organization', 'Eugénie:person', 'Louvre:place']],
    ['a coalition’s junior partner is a body; a plural title qualifies the names after it; social networks are bodies',
      'Japan’s LDP and its junior partner Komeito lost. In a dissent joined by Justices Elena Kagan and Ketanji Brown Jackson, Justice Sonia Sotomayor wrote. Trump posted on Truth Social.',
      ['Japan:place', 'LDP:organization', 'Komeito:organization', 'Elena Kagan:person', 'Ketanji Brown Jackson:person', 'Sonia Sotomayor:person', 'Trump:person',
        'Truth Social:organization']],
    ['a parliament by its own name; a constituency after "the seat of"; a paper’s name is no opening of a longer one',
      'The BJP lost its majority in the Lok Sabha. Peter Dutton lost the Queensland seat of Dickson. The Australian Electoral Commission said so.',
      ['BJP:organization', 'Lok Sabha:organization', 'Peter Dutton:person', 'Queensland:place', 'Dickson:place', 'Australian Electoral Commission:organization']],
    ['where someone named lives, set off by commas after "of"; a team after "and" in a body’s name',
      'Daniel Okafor, of Harehills, is due in court. Sarah Blackwood, of the force’s Homicide and Major Enquiry Team, said so. John Smith, of Acme Corp, agreed.',
      ['Daniel Okafor:person', 'Harehills:place', 'Sarah Blackwood:person', 'Homicide and Major Enquiry Team:organization', 'John Smith:person', 'Acme Corp:organization']],
    ['an orchestra is a body; a numbered symphony is a work',
      'Musicians of the Harbour City Symphony returned. It opens with Beethoven’s Fifth Symphony. The London Philharmonic Orchestra played.',
      ['Harbour City Symphony:organization', 'Fifth Symphony:other', 'London Philharmonic Orchestra:organization']],
    ['a grand prix is an event, even one named after a city with "São"; carmakers and racing teams are bodies',
      'Carlos Sainz won the Mexico City Grand Prix, leading Ferrari to victory. Lando Norris finished second for McLaren. The next race is the São Paulo Grand Prix.',
      ['Carlos Sainz:person', 'Mexico City Grand Prix:other', 'Ferrari:organization', 'Lando Norris:person', 'McLaren:organization', 'São Paulo Grand Prix:other']],
    ['a league’s side is a club; the club a player joined from is one too',
      'Neymar moved to Saudi Pro League side Al-Hilal. The forward had joined PSG from Barcelona in 2017.',
      ['Neymar:person', 'Saudi Pro League:organization', 'Al-Hilal:organization', 'PSG:organization', 'Barcelona:organization']],
    ['a spacecraft before "capsule"; Earth; the space station as GUM has it; a holiday’s own day; a building in Italian; a name and a regnal number',
      'Boeing’s Starliner capsule returned to Earth from the International Space Station. He blessed crowds on Easter Sunday at the Casa Santa Marta. ' +
      'Francis succeeded Benedict XVI. King Charles III spoke. World War II ended.',
      ['Boeing:organization', 'Starliner:other', 'Earth:place', 'International Space Station:other', 'Easter Sunday:other', 'Casa Santa Marta:place',
        'Francis:person', 'Benedict XVI:person', 'Charles III:person', 'World War II:other']],
    ['two names joined by "and" stay two where the second is a country’s possessive; two parties "between" are of one kind; a union named before "union"; a town a speech verb follows after "in"',
      'Italian train maker Veltrona and Germany’s Kasseler Bahntechnik AG agreed. It blocked a deal between Siemens and Alstom. Unions in Kassel said so, said Jürgen Albrecht of the IG Metall union.',
      ['Veltrona:organization', 'Germany:place', 'Kasseler Bahntechnik AG:organization', 'Siemens:organization', 'Alstom:organization', 'Kassel:place',
        'Jürgen Albrecht:person', 'IG Metall:organization']],
    ['a body’s initials keep the plus of its wider circle; a grade of oil is a thing',
      'OPEC+ agreed to delay. Brent crude rose.', ['OPEC+:organization', 'Brent:other']],
    ['a given name both sexes bear opens a name; a one-word title in quotation marks where the sentence names a work; a genre is no body; a journal one publishes in',
      'Taylor Swift won album of the year for “Midnights,” her tenth. Miley Cyrus won best R&B song with “Flowers.” A study published in Nature agreed. He called it “Amazing.”',
      ['Taylor Swift:person', 'Midnights:other', 'Miley Cyrus:person', 'Flowers:other', 'Nature:organization']],
    ['a title opening a sentence that the apposition after it calls a work; a theatre is a place',
      '“Anora,” a low-budget comedy about a stripper, won. Sean Baker spoke at the Dolby Theatre.',
      ['Anora:other', 'Sean Baker:person', 'Dolby Theatre:place']],
    ['a titled person whose given name no list knows ends before "and"; a cabinet secretary’s title is one role',
      'Only Deputy President Rigathi Gachagua and Prime Cabinet Secretary Musalia Mudavadi kept their posts.',
      ['Rigathi Gachagua:person', 'Musalia Mudavadi:person']],
    ['where one is based or born is a place, even a name the lists give a person',
      'The Austin-based software maker said so. A Lagos-born banker agreed.', ['Austin:place', 'Lagos:place']],
    ['a region’s name before a noun describes it; after "the" and before no noun it names a place',
      'Baltic ministers met. Arctic sea ice and the Baltic states agree. Ships sailed in the Baltic and crossed the Pacific.', ['Baltic:place', 'Pacific:place']],
    ['a place’s name that is also a given name still opens a person’s name',
      'Sydney Sweeney and Georgia Smith met in Sydney.', ['Sydney Sweeney:person', 'Georgia Smith:person', 'Sydney:place']],
    ['a surname that is also a title or a word stays in the name',
      'Martin Luther King spoke in Memphis. He met Stephen King and Theresa May there.', ['Martin Luther King:person', 'Memphis:place', 'Stephen King:person', 'Theresa May:person']],
    ['what a role is held in is a body, or a mayor’s place, even before a speech verb',
      'Dalvo Ferren, the former chief executive of Panera Bread, thinks so. The mayor of Kempsey Shire agreed.',
      ['Dalvo Ferren:person', 'Panera Bread:organization', 'Kempsey Shire:place']],
    ['a surname written first opens a sentence as a name, though English writes it as a word',
      'Ma Hao, a college student, told Xinhua about it. Wang Yi agreed.', ['Ma Hao:person', 'Xinhua:organization', 'Wang Yi:person']],
    ['a lowercase noun of a kind of place, right before or after, says a name is a place',
      'The quake hit the Zarvik district. Its capital, Murtabad, fell. It hit Doran county and the county of Lusik too.',
      ['Zarvik:place', 'Murtabad:place', 'Doran:place', 'Lusik:place']],
    ['a name before a lowercase word for a broadcaster or a news agency is a body; a people’s adjective is not',
      'Pakistan’s private Zurat television and the state-run Morvan news agency said so, and British news outlets agreed.',
      ['Pakistan:place', 'Zurat:organization', 'Morvan:organization']],
    ['a group named in the plural with its article is a body, even when it speaks',
      'The Zorvic Helmets said Monday that the Vienna Talks had failed.', ['Zorvic Helmets:organization']],
    ['the Arabic article in lowercase opens the name it is joined to',
      'Fighters of al-Zorak Front clashed near al-Marwa, said al-Kibar television.',
      ['al-Zorak Front:organization', 'al-Marwa:place', 'al-Kibar:organization']],
    ['initials in brackets that count a name’s "of" keep the name whole, and name it after',
      'Officials spoke to Voice of America (VOA) on Sunday. VOA said so. The Umbrella for Democratic Change (UDC) won.',
      ['Voice of America:organization', 'Umbrella for Democratic Change:organization']],
    ['after a role, a given name that spells a body’s word still opens a person’s name',
      'He phoned human rights lawyer Duma Boko on Friday.', ['Duma Boko:person']],
    ['a name before a role held in a body is the body, named later by its first word; a headline’s verb names no speaker after it',
      'Zorvan hails Kelvic title win. Kelvic manager Dalvo Ferren praised Albirex Niigata head coach Kazuaki Yoshinaga. Albirex lost. He was the MVP.',
      ['Zorvan:person', 'Kelvic:organization', 'Dalvo Ferren:person', 'Albirex Niigata:organization', 'Kazuaki Yoshinaga:person']],
    ['business news: what is bought and sold is a company, as is a name with a German suffix or a company’s apposition; figures are no names',
      'Zarvex agreed to acquire Versum Materials, and its merger with Entegris ended. Shares in Versum rose. Korvan KGaA said EPS and EBITDA grew. ' +
      'It beat the revenues of Talbot Beecham, the company formed by a merger, and of Beecham Group PLC of Britain.',
      ['Zarvex:organization', 'Versum Materials:organization', 'Entegris:organization', 'Korvan KGaA:organization', 'Talbot Beecham:organization',
        'Beecham Group PLC:organization', 'United Kingdom:place']],
    ['a given name and a surname spelt like a place’s word, said with a role, name a person',
      '“It is clear,” said Darren Woods, chairman and chief executive of ExxonMobil.', ['Darren Woods:person', 'ExxonMobil:organization']],
    ['US and British politics: the House, titled people joined by "and", a desk’s owner, councillors’ titles, a title in the plural',
      'Treasury Secretary Henry Paulson and Federal Reserve Chairman Ben Bernanke met. The House could vote before the bill goes to Trump’s desk. ' +
      'He called Senators. Cllr Moore and Coun Warrington, Liberal Democrat councillors, agreed about the Danjiangkou Reservoir.',
      ['Treasury:organization', 'Henry Paulson:person', 'Federal Reserve:organization', 'Ben Bernanke:person', 'House:organization', 'Trump:person',
        'Moore:person', 'Warrington:person',
        'Liberal Democrat:organization', 'Danjiangkou Reservoir:place']],
    ['a product’s noun counts only right after the name; a slum is a place; a ministry’s first word alone is its portfolio',
      'It was led by Rhee Bong-jo, assistant minister at the Unification Ministry. Unification Minister Lee Jong-seok came to the slum Kibera.',
      ['Rhee Bong-jo:person', 'Unification Ministry:organization', 'Lee Jong-seok:person', 'Kibera:place']],
    ['after a lowercase role at a body, the body’s name ends before the holder’s given name and surname',
      'Psychology major at University of Zarvik Arlington Amneh Jafari heard of it. An analyst at Bank of America Merrill Lynch agreed.',
      ['University of Zarvik Arlington:organization', 'Amneh Jafari:person', 'Bank of America Merrill Lynch:organization']],
    ['a disease named after a place is one thing, named again by its initials; a saint’s possessive names a building; an MEC is titled',
      'Cases of Middle East Respiratory Syndrome (MERS) rose. Three MERS patients came from St. Mary’s Hospital in Pyeongtaek. ' +
      'KwaZulu-Natal MEC for Health Nomagugu Simelane-Zulu spoke.',
      ['Middle East Respiratory Syndrome:other', 'St. Mary’s Hospital:organization', 'Pyeongtaek:place', 'Nomagugu Simelane-Zulu:person']],
    ['"-allied" after a name ends it; a skipper is titled; a cricket Test is a match',
      'The armed wing of the Hamas-allied Islamic Jihad fired. Skipper Virat Kohli hit 123 in the Sydney Test.',
      ['Hamas:organization', 'Islamic Jihad:organization', 'Virat Kohli:person', 'Sydney Test:other']],
    ['US local news: a dateline in capitals that reads as initials, a road and its number, a compass point’s "of", a chief deputy, a governor-general',
      'KATY, Texas (AP) — Deputies went to Highway 411, about 30 miles west of Houston. Chief Deputy Edison Toquica and Governor-General Peter Cosgrove spoke.',
      ['Katy:place', 'Texas:place', 'AP:organization', 'Highway 411:place', 'Houston:place', 'Edison Toquica:person', 'Peter Cosgrove:person']],
    ['floods in Asia: "Chin state" is a place, not a speaker; a centre that manages is a body; a chief minister is titled',
      'Landslides in Chin state destroyed homes. The Disaster Management Centre said so. State Chief Minister Mamata Banerjee called in the army.',
      ['Chin:place', 'Disaster Management Centre:organization', 'Mamata Banerjee:person']],
    ['"according to" names a source, not a place; two bodies the lists know stay two across "and"',
      'According to Lula, the Senate and Congress must agree. According to Zorvan, they will.', ['Lula:person', 'Senate:organization', 'Congress:organization']],
    ['a clock’s hour and its US zone are no names; a Korean name with a hyphenated given name is a person, named again by the surname; what one stars in is a work',
      'SpaceX launched at 3:27AM ET. Lee Sun-kyun, who starred in Parasite, died. Lee was found in Seoul.',
      ['SpaceX:organization', 'Lee Sun-kyun:person', 'Parasite:other', 'Seoul:place']],
    ['an honour after a person’s name is no part of it', 'Judge Graham Knowles QC and Sir Mo Farah CBE spoke.',
      ['Graham Knowles:person', 'Mo Farah:person']],
    ['a tally’s labels are no things with model numbers', '“Yes 433, No 38, Abstained 5, Total 476,” read a monitor. He flew on Apollo 11.',
      ['Apollo 11:other']],
    ['a party named without its word is the same party, and the Liberals are one',
      'The Zelvan Party lost to the Liberals. Zelvan will regroup, as will the Conservative Party. The Conservatives said so.',
      ['Zelvan Party:organization', 'Liberals:organization', 'Conservative Party:organization']],
    ['a given name before a surname spelt like a place’s word is a person', 'Daniel Marsh, 31, attacked her at Romney Marsh. Marsh denied it.',
      ['Daniel Marsh:person', 'Romney Marsh:place']],
    ['a maker the lists know, before a model no list knows and a kind of craft, is the maker and the model',
      'Their Boeing Starliner spacecraft failed, so they flew in a SpaceX Dragon capsule. NASA sent Starliner back. Apple Intelligence software shipped.',
      ['Boeing:organization', 'Starliner:other', 'SpaceX:organization', 'Dragon:other', 'NASA:organization', 'Apple Intelligence:other']],
    ['a city that wins a title, or wins by a score later in its clause, is its club',
      'Liverpool clinched their 20th English top-flight title on Sunday with a 5-1 win over Tottenham Hotspur. Fans in Liverpool celebrated.',
      ['Liverpool:organization', 'Tottenham Hotspur:organization']],
    ['app stores by their names', 'Apple stopped developers from steering users outside its App Store and Google Play.',
      ['Apple:organization', 'App Store:other', 'Google Play:other']],
    ['a hometown is a place, and a place the lists know joins across its "of"', 'Noboa spoke in his hometown of Olón. Shells fell across the Line of Control.',
      ['Olón:place', 'Line of Control:place']],
    ['a business its owner names in apposition is a body, and no one who speaks where a clause’s noun follows it',
      'Sales at Zorvex, its cloud computing business, grew. She said Zorvex growth would slow. Meta Platforms spent more. They won the Bundesliga.',
      ['Zorvex:organization', 'Meta Platforms:organization', 'Bundesliga:organization']],
    ['two titled people joined by "and" are two, past a portfolio’s "of" and an adviser’s title',
      'Peskov said US Secretary of State Marco Rubio and National Security Adviser Mike Waltz had called.',
      ['Peskov:person', 'United States:place', 'Marco Rubio:person', 'Mike Waltz:person']],
    ['a fire chief’s city is a place, and a coastal enclave is one too', 'Los Angeles Fire Chief Kristin Crowley spoke. The fire broke out in the coastal enclave of Pacific Palisades.',
      ['Los Angeles:place', 'Kristin Crowley:person', 'Pacific Palisades:place']],
    ['two names joined by "and" are one body only by a body’s word right after it (each a body here, as the known one is)', 'The outage hit apps from Snapchat and Zorvo to Lloyds Bank.',
      ['Snapchat:organization', 'Zorvo:organization', 'Lloyds Bank:organization']],
    ['a name after an owner’s word and before a kind of product is the product, a given name or not',
      'Amazon said its Alexa voice assistant and its Zorvex cloud platform failed.', ['Amazon:organization', 'Alexa:other', 'Zorvex:other']],
    ['a name shaped like a place’s that names a craft is the craft throughout; a sea named before "during" is the sea',
      'Blue Origin’s New Glenn rocket reached orbit. It spent a decade developing New Glenn. Debris fell over the Caribbean during the flight.',
      ['Blue Origin:organization', 'New Glenn:other', 'Caribbean:place']],
    ['a body’s initials right after its name, without brackets, are a second name of it', 'The German Airports Association ADV said so. ADV added more.',
      ['German Airports Association:organization']],
    ['a trophy is a thing, and a country that wins one is its team', 'India won the Champions Trophy in Dubai.', ['India:organization', 'Champions Trophy:other', 'Dubai:place']],
    ['a base named after someone is the base', 'Biden greeted them at Joint Base Andrews near Washington.',
      ['Biden:person', 'Joint Base Andrews:place', 'Washington:place']],
    ['a model’s shape before "rebels" names an armed group, and a mission’s byname after a place in its phrase is a body',
      'M23 rebels seized Goma. The UN mission in Congo, known as MONUSCO, said the M23 had advanced.',
      ['M23:organization', 'Goma:place', 'UN:organization', 'Congo:place', 'MONUSCO:organization']],
    ['a name read as a person’s whose shares trade, or that a country’s rival names, is a company; a funicular is a thing',
      'Jonas Petersen said it would cut 9,000 jobs. Petersen’s shares fell. U.S. rival Eli Lilly gained. The Gloria funicular crashed.',
      ['Jonas Petersen:organization', 'United States:place', 'Eli Lilly:organization', 'Gloria:other']],
    ['what a company makes, named before "maker", is a thing', 'Shares of Wegovy maker Novo Nordisk fell, as did those of ChatGPT maker OpenAI.',
      ['Wegovy:other', 'Novo Nordisk:organization', 'ChatGPT:other', 'OpenAI:organization']],
    ['a body the lists know with a hyphen is found whole without its initials; the president’s plane is a thing',
      'Xi will attend the Asia-Pacific Economic Cooperation summit. Speaking aboard Air Force One, Trump said so.',
      ['Asia-Pacific Economic Cooperation:organization', 'Air Force One:other', 'Trump:person']],
    ['a stage name in capitals after what someone does is the person; a song contest is a thing',
      'Austrian countertenor JJ won the Eurovision Song Contest in Basel.', ['JJ:person', 'Eurovision Song Contest:other', 'Basel:place']],
    ['a title ending a name after a given name is the surname, an age after it says someone; a judge’s surname is one whatever it spells; a venture called a name is a body',
      'He murdered Bebe King, 6, in Southport. Sentencing him, Mr Justice Goose spoke. They formed a joint venture called Stargate.',
      ['Bebe King:person', 'Southport:place', 'Goose:person', 'Stargate:organization']],
    ['the world wars by their ordinals', 'Their worst result since the Second World War, and the First World War before it.',
      ['Second World War:other', 'First World War:other']],
    ['an index of several words is named by its last word or by the word after it',
      'The Nasdaq Composite fell 3%. The Dow Jones Industrial Average lost 1%, and the Korlan Banks index rose.',
      ['Nasdaq Composite:other', 'Dow Jones Industrial Average:other', 'Korlan Banks:other']],
    ['towns named after “such as” at a sentence’s start are places; so is a camp named for whom it shelters',
      'Towns such as Olvera and Brisca were swamped. Famine took hold in the Kalma camp for displaced people.',
      ['Olvera:place', 'Brisca:place', 'Kalma:place']],
    ['a body named for what it is set up to do keeps its “to” and verb; a task force sent somewhere does not',
      'The Joint Task Force to Combat Hate, set up in February, said so. The Coalition to End Loneliness agreed. The US sent a Task Force to Haiti.',
      ['Joint Task Force to Combat Hate:organization', 'Coalition to End Loneliness:organization', 'United States:place', 'Task Force:organization', 'Haiti:place']],
    ['a name after “the” that someone leads is a body; a follower of a doctrine is no one’s name',
      'The Samvadi Jana Peramuna, led by the opposition leader Nimal Perera, won 40 seats. Perera, a Marxist, lost.',
      ['Samvadi Jana Peramuna:organization', 'Nimal Perera:person']],
    ['a giant product and a company’s site are not the company; a league’s finals are an event; policymakers are no one’s name',
      'The giant Zorva Heavy rocket flew from the company’s Kestrel site. They reached the NBA Finals. Policymakers warned of inflation.',
      ['Zorva Heavy:other', 'NBA Finals:other']],
    ['a body named after a country’s kind of agency is the body when it speaks again; a seat described after a name is a place; a wildfire or a Nobel prize written with its kind in lowercase is a thing',
      'Spain’s state weather agency, Aemet, said June was hot. The heat will ease, Aemet said. She lost Dickson, the Queensland seat she had held. ' +
      'The Palisades fire and the Eaton fire burned. She won the Nobel peace prize.',
      ['Spain:place', 'Aemet:organization', 'Dickson:place', 'Queensland:place', 'Palisades:other', 'Eaton:other', 'Nobel peace prize:other']],
    ['names in areas “such as” are places whatever their shape; a firm’s word ends each of two firms; a water company is a body; a given name that spells a body’s word is a person described as one',
      'Residents in areas such as Brindle Vale and Oxmoor complained. The group includes Halvard Management and Silver Point Capital. Kestrel Water said bills would rise. ' +
      'He handed over to Duma Boko, a human rights lawyer. She was the first Māori woman to read the news. They want Ofwat to relax fines.',
      ['Brindle Vale:place', 'Oxmoor:place', 'Halvard Management:organization', 'Silver Point Capital:organization', 'Kestrel Water:organization', 'Duma Boko:person', 'Ofwat:organization']],
    ['a building’s fire is the building’s; companies the general lexicon knows only as words, or not at all',
      'The inquiry into the Grenfell Tower fire reported. Broadcom and Oracle also dropped sharply. Deutsche Bahn opened a line.',
      ['Grenfell Tower:place', 'Broadcom:organization', 'Oracle:organization', 'Deutsche Bahn:organization']],
    ['a name described as a bulletin is a programme; a place only by its preposition is the rover named so after; a word opening a name “of” a body is a given name',
      'She fronted Te Karere, a short bulletin on TVNZ. Radar from Zhurong revealed layers. China’s Zhurong rover landed.\nHai Liu, of Guangzhou University, said so.',
      ['Te Karere:other', 'TVNZ:organization', 'Zhurong:other', 'China:place', 'Hai Liu:person', 'Guangzhou University:organization']],
    ['a square before a feast’s day is only the square; a member of a religious order is no one’s name; an index with its verb left out; a golf course and its tournament',
      'He rode through St Peter’s Square on Easter Sunday. The Argentine Jesuit died. In Europe, the FTSE 100 fell 1.6% and Germany’s Dax 3%. Rory McIlroy won the Masters at Augusta National.',
      ['St Peter’s Square:place', 'Easter Sunday:other', 'Europe:place', 'FTSE 100:other', 'Germany:place', 'Dax:other', 'Rory McIlroy:person', 'Masters:other', 'Augusta National:place']],
    ['a craft maker’s model after “a”; a campaign named for what it is against; a town that “have” done something, opening its sentence, is its side, and so is where a player comes from',
      'They came home on a SpaceX Dragon with two crew. Members of Surfers Against Sewage objected.\nLiverpool have completed the signing of Florian Wirtz from Bayer Leverkusen. ' +
      'He follows Jeremie Frimpong, also from Leverkusen, and Milos Kerkez from Bournemouth. Residents of Ahmedabad have left.',
      ['SpaceX:organization', 'Dragon:other', 'Surfers Against Sewage:organization', 'Liverpool:organization', 'Florian Wirtz:person', 'Bayer Leverkusen:organization',
        'Jeremie Frimpong:person', 'Leverkusen:organization', 'Milos Kerkez:person', 'Bournemouth:organization', 'Ahmedabad:place']],
    ['a monarch’s possessive opening a sentence’s body name after “The”', 'The King’s Fund think tank said the move was risky.', ['King’s Fund:organization']],
    ['a region named by how far in it lies; a constituency of two places; a maker’s product in a noun that is a verb too; Apple’s devices; a crude oil’s grade; a body’s two fields no list knows',
      'The capsule landed in Inner Mongolia. Sunak spoke in his Richmond and Northallerton constituency. She paid with Apple Pay on an updated Apple Watch. ' +
      'The iPhone Air is thin. West Texas Intermediate fell. The Office of Rail and Road said so.',
      ['Inner Mongolia:place', 'Sunak:person', 'Richmond and Northallerton:place', 'Apple Pay:other', 'Apple Watch:other', 'iPhone Air:other', 'West Texas Intermediate:other', 'Office of Rail and Road:organization']],
    ['a body named in apposition at its sentence’s end; a name no list knows that a leader visited; a gallery by its kind',
      'Chiva got 491 litres, according to the state weather agency, Aemet. Erdogan visited Kahramanmaras, near the epicentre. Starmer spoke at the Tate Modern gallery.',
      ['Aemet:organization', 'Erdogan:person', 'Kahramanmaras:place', 'Starmer:person', 'Tate Modern:place']],
    ['where someone’s job, its article left out, is held is a body, a person’s shape or not; initials with a letter’s count',
      '“No surprise,” said Kathy Jones, chief fixed income strategist at Charles Schwab. The Copernicus Climate Change Service (C3S) said it was hot, C3S said.',
      ['Kathy Jones:person', 'Charles Schwab:organization', 'Copernicus Climate Change Service:organization']],
    ['a country’s body the lists know, whatever its words look like; a name before “-proof” is the name',
      'The US House of Representatives passed a bill. The Texas Senate agreed. Donald Trump may win, so NATO wants to Trump-proof its aid.',
      ['US House of Representatives:organization', 'Texas Senate:organization', 'Donald Trump:person', 'NATO:organization']],
    ['a town set off by its state, the sentence going on after both', 'Production at its Renton, Washington, plant will restart. The Kestrelton, Ohio, factory closed.',
      ['Renton:place', 'Washington:place', 'Kestrelton:place', 'Ohio:place']],
    ['a compass point before a place the lists know opens a body’s name at a sentence’s start; a region set off after the town one is in; the street one speaks from',
      'South Yorkshire Police said ten officers were hurt. The unrest began in Southport, Merseyside, after an attack. Speaking from Downing Street, Starmer said so.',
      ['South Yorkshire Police:organization', 'Southport:place', 'Merseyside:place', 'Downing Street:place', 'Starmer:person']],
    ['a dateline’s town in capitals before a country of two words; an archive is a body, named after its kind and its own “the”',
      'MUAN, South Korea — A jet crashed.\nAn independent monitoring group, the Archive of Public Gatherings, estimated the crowd.',
      ['Muan:place', 'South Korea:place', 'Archive of Public Gatherings:organization']],
    ['a journal named for two fields, one an ordinary word, one no list knows', 'A study in the Journal of Travel and Medicine warned of heat.',
      ['Journal of Travel and Medicine:organization']],
    ['a city a player scores for is its side; a country’s region by its point after its article, not before a people’s adjective',
      'Luka Doncic scored 28 points for Dallas. Floods killed 200 people across the Southeast. The Southeast Asian nations met.',
      ['Luka Doncic:person', 'Dallas:organization', 'Southeast:place']],
    ['a name shaped as a person’s, after another person’s “of”, is the firm that one works at',
      '“There is more to it,” said Gil Luria of D.A. Davidson. The wife of John Smith spoke.',
      ['Gil Luria:person', 'D.A. Davidson:organization', 'John Smith:person']],
    ['clubs of Europe’s competitions named by one word', 'Arne Slot will take charge after leaving Feyenoord. Benfica drew with Galatasaray.',
      ['Arne Slot:person', 'Feyenoord:organization', 'Benfica:organization', 'Galatasaray:organization']],
    ['a firm whose head is named by the role alone; a party led, not named, by the person after its “of”; a county of Britain; a deity',
      'Emmett Shear, the former Twitch chief, was pleased. In the state, the Samajwadi Party of Akhilesh Yadav won. Cheshire police said so. ' +
      'Modi opened a temple to the Hindu god Ram. The Communist Party of China met.',
      ['Emmett Shear:person', 'Twitch:organization', 'Samajwadi Party:organization', 'Akhilesh Yadav:person', 'Cheshire:place', 'Modi:person', 'Ram:person',
        'Communist Party of China:organization']],
    ['a Romance name opening with “La” (a place only as “LA”), in apposition to someone’s party; an Indigenous people’s adjective is no place',
      'His party, La Libertad Avanza, holds few seats. LA Mayor Karen Bass spoke of abuse in Indigenous communities.',
      ['La Libertad Avanza:organization', 'Los Angeles:place', 'Karen Bass:person']],
    ['a name the clause after it says things happen in; the street a speech is given in',
      'Reform UK won five seats, including Clacton, where Nigel Farage was elected. Rishi Sunak gave his final speech in Downing Street.',
      ['Reform UK:organization', 'Clacton:place', 'Nigel Farage:person', 'Rishi Sunak:person', 'Downing Street:place']],
    ['a cricket format is no name, though it opens an event’s; a disease opening a sentence is none where the article writes it in lowercase',
      'Rohit Sharma won the T20 World Cup, then retired from T20 internationals. The WHO declared mpox an emergency. Mpox spreads through contact.',
      ['Rohit Sharma:person', 'T20 World Cup:other', 'WHO:organization']],
    ['AP’s short forms of states that spell words, only after a town and with their period; people by the side they take; a nonprofit’s name',
      'PORTLAND, Ore. — Ore prices fell. Opponents said so. Shelters are run by the nonprofit Transition Projects in Duluth, Ga., officials said.',
      ['Portland:place', 'Oregon:place', 'Transition Projects:organization', 'Duluth:place', 'Georgia:place']],
    ['two places joined by a hyphen open an event’s name that runs on to its kind, and stay two before a lowercase noun',
      'Putin will attend the China-Russia Expo. Russia-US relations are bad.',
      ['Putin:person', 'China-Russia Expo:other', 'Russia:place', 'United States:place']],
    ['sides a league sends down, each of a list, whether a town the lists know or a name they lack',
      'At the other end of the table, Luton Town, Burnley and Sheffield United were relegated.',
      ['Luton Town:organization', 'Burnley:organization', 'Sheffield United:organization']],
    ['a surname that spells a people’s adjective, the name ending there; a maker’s model of two words after “a”; a Syrian city',
      '“This is great news,” said David French, executive vice president of the federation. They will return on a SpaceX Crew Dragon. Rebels took Hama on Thursday.',
      ['David French:person', 'SpaceX:organization', 'Crew Dragon:other', 'Hama:place']],
    ['a Korean surname that spells a month’s short form; a Korean group named by initials and a word',
      'In October, Jun Young-hyun, the head of the chip division, apologised. Rival SK Hynix is due to report.',
      ['Jun Young-hyun:person', 'SK Hynix:organization']],
    ['a name an apposition after it says is a kind of place', 'Claudia Sheinbaum told supporters in the Zócalo, the capital’s main square, that she would not fail them.',
      ['Claudia Sheinbaum:person', 'Zócalo:place']],
    ['a pollster named as a poll’s source; a community’s initials are no body', 'Law and Justice came first, according to an exit poll by Ipsos. Poland clashed with Brussels over LGBT rights.',
      ['Law and Justice:organization', 'Ipsos:organization', 'Poland:place', 'Brussels:place']],
    ['a senior counsel’s letters after the name; a police force named before an officer’s rank',
      'Her lawyer, Colin Mandy SC, said she would appeal. Victoria Police Detective Inspector Dean Thomas said it was complex.',
      ['Colin Mandy:person', 'Victoria Police:organization', 'Dean Thomas:person']],
    ['a world war numbered in words', 'It was the biggest attack on Russian soil since World War Two.', ['World War Two:other']],
    ['a court case by its parties; an inspectorate’s name with its “of”; a noun that reads as a verb of saying before a verb is no speaker',
      'The court overturned Roe v. Wade in 2022. A report by HM Inspectorate of Prisons found failures.\nWatchdog report finds failures at the jail.',
      ['Roe v. Wade:other', 'HM Inspectorate of Prisons:organization']],
    ['the platform a writer, set off in apposition, wrote on; a hedge fund’s name after its kind',
      '“It is one of the most amazing breakthroughs,” wrote Marc Andreessen, a Silicon Valley investor, on X. Liang Wenfeng also runs the hedge fund High-Flyer.',
      ['Marc Andreessen:person', 'Silicon Valley:place', 'X:organization', 'Liang Wenfeng:person', 'High-Flyer:organization']],
    ['a body of two words the lists know before a thing they know; a name an apposition after it calls a kind of body',
      'Barnier is a former European Union Brexit negotiator. Grocers limited sales. Zorblax, the Southern restaurant chain, added a surcharge.',
      ['European Union:organization', 'Brexit:other', 'Zorblax:organization']],
    ['a rank’s word opening a body’s name, its head word right after', 'It was so, according to the General Authority for Statistics. General Mark Milley agreed.',
      ['General Authority for Statistics:organization', 'Mark Milley:person']],
    ['a body’s name set in quotation marks as new is a body’s, no title of a work', 'Musk will lead a new advisory body, the “Department of Government Efficiency,” to cut spending.',
      ['Musk:person', 'Department of Government Efficiency:organization']],
    ['a steelmaker by its last word', 'Shares of U.S. Steel fell below what Nippon Steel has offered.', ['U.S. Steel:organization', 'Nippon Steel:organization']],
    ['a city a relative clause gives a score is its side', 'Andy Reid won again. San Francisco, which led 10-0 in the second quarter, lost.', ['Andy Reid:person', 'San Francisco:organization']],
    ['Brazil’s states, past a particle', 'Floods in the state of Rio Grande do Sul killed 90. Rain hit Minas Gerais.', ['Rio Grande do Sul:place', 'Minas Gerais:place']],
    ['words shouted in capitals in quotation marks are no title', 'Trump hailed the decision as a “BIG WIN FOR OUR CONSTITUTION AND DEMOCRACY.”', ['Trump:person']],
    ['agencies named like a thing', 'Fires spread\nCal Fire said the blaze had spread. AccuWeather estimated the damage.', ['Cal Fire:organization', 'AccuWeather:organization']],
    ['a Romance city’s stations, gates and churches by their first word; a place is not named for a body’s initials after “for”',
      'Protesters gathered near the Porte de Champerret and marched towards Gare d’Austerlitz. Others met at the Iglesia del Carmen. ' +
      'It is the second mission to the International Space Station for NASA this year.',
      ['Porte de Champerret:place', 'Gare d’Austerlitz:place', 'Iglesia del Carmen:place', 'International Space Station:other', 'NASA:organization']],
    ['cricket’s Test said as a kind of match is no name, its venue’s Test is; a word no list knows, a plural verb after it opening its sentence, is a side',
      'England will host a three-Test series in July. He missed the last couple of Test matches. They won the Sydney Test. ' +
      'Saurashtra have clinched a place in the semi-finals. It was Saurashtra who took the honours.',
      ['England:place', 'Sydney Test:other', 'Saurashtra:organization']],
    ['a Chinese surname before a one-syllable given name English spells as a word; a country’s combining form before another is no name; a caption’s word the initials after it count',
      'He held talks with Qin Gang on Monday. China urged Sino-US dialogue and Franco-German ties. The festival was run by the Mumbai Academy of Moving Image (MAMI).',
      ['Qin Gang:person', 'China:place', 'Mumbai Academy of Moving Image:organization']],
    ['a sentence’s two opening words set off by a comma before a role are a person’s, whatever the first spells; a body’s initials with a small word’s letter in lowercase',
      'Kitty Ussher, chief economist at the Institute of Directors, said so. The Bank of England (BoE) held rates. BoE Governor Andrew Bailey spoke.',
      ['Kitty Ussher:person', 'Institute of Directors:organization', 'Bank of England:organization', 'Andrew Bailey:person']],
    ['two words after a role are a person’s whatever plural of a place’s word ends them; America’s council titles, one or several, are no part of a name',
      'Celtics coach Doc Rivers praised the bench. Councilman Glynn Willis voted no. Councilwomen Lethonia Barnes and Teresa Myers Ervin abstained.',
      ['Celtics:organization', 'Doc Rivers:person', 'Glynn Willis:person', 'Lethonia Barnes:person', 'Teresa Myers Ervin:person']],
    ['a compass word swapped for another names another region, no typo; after “the”, a place and a word that report are a paper; a never-name opens a title right after a kind of work',
      'Fires spread in Northern California\nWinds hit Central and Southern California. The Sacramento Bee reports evacuees were moved. He starred in TV sitcoms Not Going Out and Bedtime.',
      ['Northern California:place', 'Southern California:place', 'Sacramento Bee:organization', 'Not Going Out:other', 'Bedtime:other']],
    ['a rank that is also an adjective, inside a firm’s name, is no title; “First” opens a firm’s name inside a sentence',
      'Robert Pavlik, chief market strategist at Boston Private Wealth, spoke. So did an economist at First Standard Financial.',
      ['Robert Pavlik:person', 'Boston Private Wealth:organization', 'First Standard Financial:organization']],
    ['a nickname of up to three words in quotation marks inside a name joins it, whatever the given name spells, and no one of its words alone names the bearer',
      'It followed the arrest of Ismael “El Mayo” Zambada. Zambada pleaded guilty. They owe it to the Big Three. Backup Glen “Big Baby” Davis scored 18 points.',
      ['Ismael “El Mayo” Zambada:person', 'Glen “Big Baby” Davis:person']],
    ['a deputy after the office named is its officer, no part of its name', 'He was shot by a Harris County Sheriff’s Office Deputy who was off-duty.',
      ['Harris County Sheriff’s Office:organization']],
    ['a saint named by a town is a person, one name however “Saint” is written, and no given name alone names the saint',
      'Pope Francis chose the name of St. Francis of Assisi. Francis spoke of Saint Francis of Assisi. He prayed at St. Mary of the Angels.',
      ['Francis:person', 'St. Francis of Assisi:person', 'St. Mary of the Angels:place']],
    ['a people’s noun the general lexicon lacks, after an age, is no name', 'The 26-year-old Scot beat Novak Djokovic.', ['Novak Djokovic:person']],
    ['after “the”, a state and a plural no land is called are its team; a college game by its bowl',
      'They flew to Atlanta to watch the Peach Bowl game between Louisiana State University and the Oklahoma Sooners. Rain fell on the Canary Islands.',
      ['Atlanta:place', 'Peach Bowl:other', 'Louisiana State University:organization', 'Oklahoma Sooners:organization', 'Canary Islands:place']],
    ['overtime shortened in a headline is no name', 'Celtics win wild one in OT after Lakers’ comeback\nThe Celtics won 122-118.', ['Celtics:organization', 'Lakers:organization']],
  ])('%s', (_, body, expected) => {
    expect(typed(body)).toEqual(expected);
  });
});

describe('05 quotes', () => {
  it.each([
    ['Beijing says the drills are a warning to ‘separatist forces’\nChina staged drills around Taiwan on Monday, deploying 153 aircraft in what it described as a “stern warning” to the island’s leader.',
      'stern warning', 'China'],
    ['The minister, Matus Estok, said the suspect had a “political motivation”.\nLocal media named the suspect as Juraj Cintula, a writer. Prosecutors charged him on Thursday. “I disagree with the government’s policies,” he said in a video.',
      'I disagree with the government’s policies,', 'Juraj Cintula'],
    ['Shoigu reported the news to Putin. Oleksandr Syrsky, who replaced Valery Zaluzhny as top general this month, said on Saturday that he had ordered the pullout “to save the lives of servicemen”.',
      'to save the lives of servicemen', 'Oleksandr Syrsky'],
    ['Prime Minister Viktor Orban met President Vladimir Putin in Moscow on Friday, days after visiting Kiev, in what he described as a “peace mission” to end the war.',
      'peace mission', 'Viktor Orban'],
    ['“We will win,” said Jane Doe, the mayor of Springfield.', 'We will win,', 'Jane Doe'],
    ['Ukrainian leader Vladimir Zelensky met US President Joe Biden. “We need decisions now,” the Ukrainian leader said.', 'We need decisions now,', 'Vladimir Zelensky'],
    ['The International Association of Machinists (IAM) said Boeing had refused. “Boeing came with no intention of bargaining,” the union’s negotiating team wrote.',
      'Boeing came with no intention of bargaining,', 'International Association of Machinists'],
    ['Novak Djokovic, 37, had surgery in June. “I wasn’t at my best, but Carlos was too good,” the Serb said.', 'I wasn’t at my best, but Carlos was too good,', 'Novak Djokovic'],
    ['Judge Tomas Berg sentenced Karl Reed, 63, who told the court, “I am sorry all this has occurred.”', 'I am sorry all this has occurred.', 'Karl Reed'],
    ['The winner was a ‘lucky goal’ despite Juan Mata magic says Ajax boss Tomas Berg', 'lucky goal', 'Tomas Berg'],
    ['Celtic manager Tomas Berg praised Karl Ødegaard.\nBerg, however, was not impressed. “We started well,” the former Ajax coach said.', 'We started well,', 'Tomas Berg'],
    ['“None of this was possible,” Mia Berg said.\nFollowing Saturday’s final, Karla Reed spoke about falling short.\n“It just slipped away,” the Czech player said.', 'It just slipped away,', 'Karla Reed'],
    ['Navalny has died, the Federal Penitentiary Service (FSIN) said. Workers could not revive him, it said in a statement. “All measures were carried out,” the statement read.',
      'All measures were carried out,', 'Federal Penitentiary Service'],
    ['Air defenses downed 60 drones, the Defense Ministry said. Talks with Kiev were off, Dmitry Peskov said. According to the ministry, 29 fell over Kursk. “The attacks were thwarted,” the statement read.',
      'The attacks were thwarted,', 'Defense Ministry'],
    ['The Metropolitan Police named the suspect on Thursday as Abdul Ezedi, 35, from Newcastle, and said he had suffered “significant injuries” to his face.',
      'significant injuries', 'Metropolitan Police'],
    ['Han Kang won the prize, the Swedish Academy announced. She was honored “for her intense poetic prose,” the academy said.', 'for her intense poetic prose,', 'Swedish Academy'],
    ['Bassirou Diomaye Faye won. Outgoing President Macky Sall, who had tried to postpone the vote, also congratulated Faye, calling his win “a victory for democracy.”',
      'a victory for democracy.', 'Macky Sall'],
    ['The International Monetary Fund, which has a loan program with Argentina, last week praised the “impressive” progress.', 'impressive', 'International Monetary Fund'],
    ['Meta said it was banning RT, Sputnik and other Russian state media outlets, citing “foreign interference activity.”', 'foreign interference activity.', 'Meta'],
    ['Leon Marchand won four golds. “It was the best two weeks of my life,” the 22-year-old Frenchman said.', 'It was the best two weeks of my life,', 'Leon Marchand'],
    ['Finance Minister Lan Fo’an spoke. He added that more support would come “in the near future.”', 'in the near future.', 'Lan Fo’an'],
    ['Miko Varga beat Tomas Ehrlin. Varga, who reached the semi-finals in June, broke Ehrlin’s serve twice. “I felt calm,” the Czech said.', 'I felt calm,', 'Miko Varga'],
    ['Niger’s ruling junta revoked the agreement with the US in March, calling the presence of American troops “illegal.”', 'illegal.', 'Niger'],
    ['Maria Lund said the West was afraid. She added that EU officials had called for sanctions, which, in her words, showed “what freedom means there.”',
      'what freedom means there.', 'Maria Lund'],
    ['Spokesman Dmitry Peskov told reporters that Putin had agreed to the interview because the approach was “different” from others.', 'different', 'Dmitry Peskov'],
    ['A court jailed Daily Courier reporter Tom Reed. “This is a sham,” the newspaper said in a statement.', 'This is a sham,', 'Daily Courier'],
    ['Seoul will reply. “The reply will include a list,” the Seoul official said.', 'The reply will include a list,', null],
    ['Judge Graham Knowles QC discharged the jury. The unnamed detective said: “I did nothing wrong at all.”', 'I did nothing wrong at all.', null],
    ['Prime Minister Ana Silva spoke. A Palestinian official familiar with the talks said Hamas was ready. “We are open to ideas,” the official told Reuters.',
      'We are open to ideas,', null],
    ['Sergio Mattarella said he acted because the lack of support for Mario Draghi also indicated there was “no possibility” of a government.',
      'no possibility', 'Sergio Mattarella'],
    ['Sen. John Cornyn (R-Texas), an adviser to Mitch McConnell, said the bill “has everything but the kitchen sink.”',
      'has everything but the kitchen sink.', 'John Cornyn'],
    ['Jane Doe warned that the plan was “dead on arrival.”', 'dead on arrival.', 'Jane Doe'],
    ['John Smith arrived. “It is done,” he added.', 'It is done,', 'John Smith'],
    ['According to Maria Lopez, the deal is “a ‘historic’ step”.', 'a ‘historic’ step', 'Maria Lopez'],
    ['The agreement includes “safeguards”.', 'safeguards', 'no such quote'],
    ['The mayor, Ana Silva, said: "We will open the bridge in June."', 'We will open the bridge in June.', 'Ana Silva'],
    ['“He told me ‘never again’,” said Tomas Berg, a union organiser.', 'He told me ‘never again’,', 'Tomas Berg'],
    ['Inspector Lena Holm said: “We searched the house twice.', 'We searched the house twice.', 'Lena Holm'],
    ['“So far, it is a long game.” – Tomas Berg', 'So far, it is a long game.', 'Tomas Berg'],
    ['Tomas Berg of the Daily Planet dubbed the row with the Internet: “a war of words”.', 'a war of words', 'Tomas Berg'],
    ['Fans of the Internet: “This is our moment.”', 'This is our moment.', null],
    ['Tomas Berg spoke first. The firm’s chief, Maria Lopez, was blunt. “We lost a year,” she said.', 'We lost a year,', 'Maria Lopez'],
    ['John Smith spoke. Mary Jones listened. “We lost,” he said.', 'We lost,', 'John Smith'],
    ['“We are in a difficult position,” said Kelly Ortberg, the new chief. “We reset our workforce,” he added.', 'We reset our workforce,', 'Kelly Ortberg'],
    ['John Smith spoke. “It was a mistake,” a spokesperson for the Foreign Ministry said.', 'It was a mistake,', 'Foreign Ministry'],
    ['Jane Doe, who heads the committee, said: “We will not give up.”', 'We will not give up.', 'Jane Doe'],
    ['Unilever will cut 7,500 jobs, the group said on Tuesday. The company, which also makes soap, said the business had “different characteristics” from the rest.',
      'different characteristics', 'Unilever'],
    ['Taylor Swift’s shows were cancelled. The organiser, Barracuda Music, said on Instagram that the shows would not go ahead “due to a planned attack”.', 'due to a planned attack', null],
    ['Mr Justice Goose said the killer would “very likely” never be released. Keir Starmer said the families deserved answers. “This was a moment of national trauma,” the prime minister said.',
      'This was a moment of national trauma,', 'Keir Starmer'],
    ['Abu Mohammed al-Jolani, the leader of Hayat Tahrir al-Sham, the Islamist group that led the offensive, told a crowd that the victory was “a new history”.',
      'a new history', 'Abu Mohammed al-Jolani'],
    ['Volodymyr Zelensky told the United Nations that Russia was preparing to strike. “Putin wants to break Ukraine,” the Ukrainian president said in New York.',
      'Putin wants to break Ukraine,', 'Volodymyr Zelensky'],
    ['Novatek, Russia’s largest producer of liquefied natural gas, which operates the terminal, said in a statement that it had suspended some operations “due to external factors.”', 'due to external factors.', 'Novatek'],
    ['NATO leaders said Ukraine was on an “irreversible path,” in a declaration adopted at the summit. The declaration for the first time described China as a “decisive enabler” of the war.', 'decisive enabler', 'NATO'],
    ['Xi Jinping said the sides should “handle differences.” Vikram Misri announced that the sides had agreed on patrols, which he said would lead to “disengagement” of troops.', 'disengagement', 'Vikram Misri'],
    ['Russian Foreign Minister Sergey Lavrov has accused the US of waging a “hybrid war” against Russia and warned that Moscow was ready to use “any means” to defend itself.', 'any means', 'Sergey Lavrov'],
    ['Ukrainian Foreign Minister Dmytro Kuleba, who was in Ankara two weeks earlier, said Kiev would not agree to any arrangement “that rewards the aggressor.”', 'that rewards the aggressor.', 'Dmytro Kuleba'],
    ['Assad left. “Assad and his family have arrived in Moscow,” a Kremlin source told TASS. “Russia has granted them asylum.”', 'Russia has granted them asylum.', null],
    ['On Monday, Kremlin spokesman Dmitry Peskov said it was “final.” The offensive was led by Hayat Tahrir al-Sham (HTS), a group once linked to Al-Qaeda, whose leader, Abu Mohammed al-Jolani, addressed crowds at the Umayyad Mosque. He called it “a victory.”', 'a victory.', 'Abu Mohammed al-Jolani'],
    ['Keir Starmer spoke. He paid tribute to his predecessor, Rishi Sunak, saying his achievement "should not be underestimated".', 'should not be underestimated', 'Keir Starmer'],
    ['“No,” Lena Holm said. Norway’s Foreign Ministry summoned a diplomat. In a statement, the ministry said it wanted answers. Oslo saw it as “a provocation,” according to the statement.', 'a provocation,', 'Foreign Ministry'],
    ['“No,” Lena Holm said. Estonia’s Foreign Ministry summoned a diplomat. In a statement, the ministry said it expected “an answer.” The diplomat was told that Tallinn saw it as “a provocation,” according to the statement.', 'a provocation,', 'Foreign Ministry'],
    ['The statement, published by the Kremlin on Thursday, criticized the US for its “Cold War mentality.”', 'Cold War mentality.', 'Kremlin'],
    ['The EU met on Monday. “Nobody has a real answer,” one senior EU diplomat told Politico.', 'Nobody has a real answer,', null],
    ['“We advance,” Denis Pushilin told Rossiya 24. Troops moved toward the city of Kurakhovo, which he described as a “key logistics hub.”', 'key logistics hub.', 'Denis Pushilin'],
    ['Kremlin spokesman Dmitry Peskov told reporters that Cameron’s comments were “a very dangerous statement.”', 'a very dangerous statement.', 'Dmitry Peskov'],
    ['Norway’s permanent representative to the UN, Jan Novak, has criticized the Security Council resolution, saying it would have “no teeth.”', 'no teeth.', 'Jan Novak'],
    ['The Security Council met. Prime Minister Jan Novak cancelled a visit. His office said Oslo had retreated from its “principled position.”', 'principled position.', 'Jan Novak'],
    ['Jan Novak spoke to the Security Council. It calls for a truce “leading to a lasting ceasefire,” and the release of hostages held by Hamas.', 'leading to a lasting ceasefire,', 'Security Council'],
    ['Lena Holm spoke. Norway, which has been in talks with the rebels since April, called for "self-restraint."', 'self-restraint.', 'Norway'],
    ['Jane Doe spoke. Lena Holm, who took office after the victory in July, welcomed the move but warned that "families face high costs."', 'families face high costs.', 'Lena Holm'],
    ['“We talked,” President Tomas Berg said. Berg had met Prime Minister Jan Novak, who arrived on what he described as a “peace mission.”', 'peace mission.', 'Jan Novak'],
    ["'We are not afraid,' said President Tomas Berg.", 'We are not afraid,', 'Tomas Berg'],
    ['Tomas Berg, however, noted that “nothing has been decided.”', 'nothing has been decided.', 'Tomas Berg'],
    ['Tomas Berg, the chief, spoke. Zorvex Corp, the Dutch chipmaker, said it would cut jobs. “We see no signs of an end,” said its statement.', 'We see no signs of an end,', 'Zorvex Corp'],
    ['Police made arrests, Tomas Berg said. Prosecutor Lena Holm said of the boy that he was alleged to have met the attacker “shortly before the crime”.', 'shortly before the crime', 'Lena Holm'],
    ['“We are shaken,” Tomas Berg told reporters. The Holm family issued a statement saying they grieve. “We care deeply for the families who lost their children,” the document read.',
      'We care deeply for the families who lost their children,', null],
    ['Tomas Berg was charged. Berg’s lawyers issued a statement saying “the charges against our client are baseless and we will fight them”.',
      'the charges against our client are baseless and we will fight them', null],
    ['“It went on for ages,” a resident, Tomas Berg, 32, told Reuters.', 'It went on for ages,', 'Tomas Berg'],
    ['“Be patient, be patient,” rescuers told a boy trapped under a slab, according to Reuters.', 'Be patient, be patient,', null],
    ['“The organisation of the team was perfect,” Tomas Berg is quoted by Daily News.', 'The organisation of the team was perfect,', 'Tomas Berg'],
    ['During Foreign Secretary Tomas Berg’s visit, spokesperson Lena Holm emphasized the point, asserting that ‘other countries have no right to interfere’.', 'other countries have no right to interfere', 'Lena Holm'],
    ['The Russian Foreign Ministry spokesperson, Maria Zakharova, spoke first. “We are forced to respond,” the official representative of the Russian Foreign Ministry stressed.', 'We are forced to respond,', 'Maria Zakharova'],
    ['Kremlin spokesman Lena Holm spoke. Minister Tomas Berg spoke. “We will see,” the Kremlin spokesman said.', 'We will see,', 'Lena Holm'],
    ['Tomas Berg spoke. “No comment,” an official told reporters.', 'No comment,', null],
    ['Jane Doe spoke. The girls were granted “parole” status as a “significant public benefit.”', 'parole', 'no such quote'],
    ['Jane Doe spoke. The girls were granted “parole” status as a “significant public benefit.”', 'significant public benefit.', 'no such quote'],
    ['Jane Doe called the plan “reckless”.', 'reckless', 'Jane Doe'],
    ['“Had it happened later it would have been worse,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.', 'Had it happened later it would have been worse,', 'Khaled Al-Maeena'],
    ['Jeff Rathke, the State Department spokesperson, said, “We urge the governments to act.”', 'We urge the governments to act.', 'Jeff Rathke'],
    ['Home Secretary Jane Doe told GB News: “The situation is unsustainable.”', 'The situation is unsustainable.', 'Jane Doe'],
    ['Jane Doe spoke. Their robot, named “Better Idea of Afghan Girls,” scored.', 'Better Idea of Afghan Girls,', 'no such quote'],
    ['Jane Doe spoke. “The effects are severe. So if we go on, the risk grows,” Professor Tomas Berg said.', 'The effects are severe. So if we go on, the risk grows,', 'Tomas Berg'],
    ['After the match, Tomas Berg, Panama coach, said, “We played well.”', 'We played well.', 'Tomas Berg'],
    ['Jane Doe spoke. Tomas Berg noted the findings matter. “Ozone is something we can control.”', 'Ozone is something we can control.', 'Tomas Berg'],
    ['The Home Office letter reads: “We may extend the questionnaire.”', 'We may extend the questionnaire.', 'Home Office'],
    ['Spokesman Tomas Berg told reporters that Washington would continue to back Kyiv “for as long as it takes.”', 'for as long as it takes.', 'Tomas Berg'],
    ['“We will win,” said John Smith. Kremlin spokesman Tomas Berg told journalists that talks remain open. “The ball is in their court,” he said.', 'The ball is in their court,', 'Tomas Berg'],
    ['“We will win,” said Kai Berg. Speaking to Sky News, minister Maria Lopez said the UK would watch. “We expect platforms to follow the law,” she told the broadcaster.', 'We expect platforms to follow the law,', 'Maria Lopez'],
    ['Olena Zorvenko met Mykhailo Kravets. “We agreed,” he said.', 'We agreed,', 'Mykhailo Kravets'],
    ['Maria Lopez went further. According to her, the bloc has “lost its independence” for good.', 'lost its independence', 'Maria Lopez'],
    ['It quoted barrister John Smith, and campaigner Jane Doe, with Doe stating: “People need quicker decisions.”', 'People need quicker decisions.', 'Jane Doe'],
    ['Olaf Scholz spoke. “We will insist on a pause,” Russian envoy to the UN Vassily Nebenzia told the council, as quoted by RIA Novosti.', 'We will insist on a pause,', 'Vassily Nebenzia'],
    ['Olaf Scholz spoke. Kremlin spokesman Dmitry Peskov commented on Tuesday, telling reporters:\n“We will respond to any provocation.”', 'We will respond to any provocation.', 'Dmitry Peskov'],
    ['The row grew after Jane Doe said the firm would “respond firmly”.', 'respond firmly', 'Jane Doe'],
    ['President Jane Doe, speaking at the White House, called the attack “outrageous”.', 'outrageous', 'Jane Doe'],
    ['Jane Doe spoke first.\n“The plan begins here and goes on past the end of the paragraph.\n“It goes on here,” President Tomas Berg added.',
      'The plan begins here and goes on past the end of the paragraph.', 'Tomas Berg'],
    ['Jane Doe spoke. She was ill, and in the words of the prosecutor, Tomas Berg, QC, “she cried for five months.”', 'she cried for five months.', 'Tomas Berg'],
    ['Jane Doe spoke. Senator Tomas Berg, Republican from Texas, issued a statement on the choice. “Like many Texans, I am disappointed.”', 'Like many Texans, I am disappointed.', 'Tomas Berg'],
    ['Jane Doe spoke. According to Tomas Berg, the car was black. Later Tomas Berg stated,\n“He was picked up by an investigator and held for hours.”', 'He was picked up by an investigator and held for hours.', 'Tomas Berg'],
    ['Jane Doe, curator of exhibits at the University of Arkansas, Fayetteville, said, “These images document his life.”', 'These images document his life.', 'Jane Doe'],
    ['Jane Doe spoke. The Medical Journal of Australia ran the study. The authors say the results confirm it. They call for “urgent iodisation of all salt.”', 'urgent iodisation of all salt.', null],
    ['The Foreign Ministry criticised Washington. “We will respond,” they said.', 'We will respond,', 'Foreign Ministry'],
    ['Jane Doe spoke. She pointed to a table with soup served with “electric” juice.', 'electric', 'no such quote'],
    ['Jane Doe spoke. “We have him,” Tomas Berg said. Local officials have said that “no motive can be excluded”.', 'no motive can be excluded', null],
    // A Slavic surname says whether "she" can mean its bearer.
    ['Russia will be forced to respond to the new sanctions, said the official representative of the ministry Maria Zakharova.\n“In the words of Mr. Ryabkov, the issue is under consideration,” she said at the briefing.',
      'In the words of Mr. Ryabkov, the issue is under consideration,', 'Maria Zakharova'],
    ['Maria Zakharova spoke. “The format is not canceled,” the correspondent of Vestnik Kavkaza cited her as saying.', 'The format is not canceled,', 'Maria Zakharova'],
    ['The Russian foreign ministry spoke. The ministry said that Washington had acted in order to “change Russia’s course.”', 'change Russia’s course.', 'Russian Foreign Ministry'],
    ['Jane Doe spoke. Deputy Foreign Minister Tomas Berg told TASS that the West meddles in Georgia: “We can see attempts to escalate.”', 'We can see attempts to escalate.', 'Tomas Berg'],
    ['President Tomas Berg met Prime Minister Jane Doe. The president accepted her resignation, a statement said, adding that Jane Doe will stay to handle “ordinary administration.”', 'ordinary administration.', 'Tomas Berg'],
    ['Moscow will respond, the Russian Foreign Ministry said in a statement on Wednesday. Washington spoke.\n“There should be no doubt,” the document says.', 'There should be no doubt,', 'Russian Foreign Ministry'],
    ['Hamas spoke first. Israel’s military said it had struck following “an extensive process”.', 'an extensive process', 'Israel'],
    ['A Foreign Ministry spokesperson said on Thursday that Beijing objects. Senator Tomas Berg met Jane Doe. “It is a red line,” the spokesperson said.',
      'It is a red line,', 'Foreign Ministry'],
    ['Spokesperson Li Wang made remarks. Wang said the principle matters. “We oppose it.”', 'We oppose it.', 'Li Wang'],
    ['Jane Doe spoke. She told the BBC: “It is a terrible result.”', 'It is a terrible result.', 'Jane Doe'],
    ['President Jane Doe wished the new government “good luck and every success”, while Tomas Berg said he was “very proud”.', 'good luck and every success', 'Jane Doe'],
    ['Tomas Berg spoke first. According to a statement from the Defence Ministry, “the enemy lost up to 300 troops.”', 'the enemy lost up to 300 troops.', 'Defence Ministry'],
    ['The request followed a distorted claim by Tomas Berg last week that agents were “authorized to shoot me”.', 'authorized to shoot me', 'Tomas Berg'],
    ['Jane Doe spoke. Lawyers for the city called the limits on Tomas Berg’s speech “wholly unconstitutional and plainly void in law”.', 'wholly unconstitutional and plainly void in law', null],
    ['Responding to Tomas Berg’s suggestion that Moscow would not “tango” with Kiev, Jane Doe retorted that it could not either.', 'tango', 'Tomas Berg'],
    ['Senator Jane Doe (R-Ky.) said Wednesday that he should not take a “victory lap”.', 'victory lap', 'Jane Doe'],
    ['Sen. Tomas Berg (D-Conn.) questioned how schools could cope with a "plethora of firearms" here.', 'plethora of firearms', 'Tomas Berg'],
    ['Jane Doe said Bloomberg had run a story with a headline “Russia invades Ukraine” in error.', 'Russia invades Ukraine', 'no such quote'],
    ['Jafar Panahi won for “It Was Just an Accident,” a drama he shot in secret.', 'It Was Just an Accident,', 'no such quote'],
    ['“Anora,” a low-budget comedy about a stripper, won best picture.', 'Anora,', 'no such quote'],
    ['Tomas Berg met Jane Doe. Mr Berg told Mrs Doe: “We will act.”', 'We will act.', 'Tomas Berg'],
    ['Kim Jong-un met Vladimir Putin. He thanked Russia for its support and pledged “full support” for its operation.', 'full support', 'Kim Jong-un'],
    ['“This is a breakthrough,” Vladimir Putin told reporters, adding that Moscow did not rule out “military-technical cooperation” with Pyongyang.', 'military-technical cooperation', 'Vladimir Putin'],
    ['Estonia will build bunkers. Moscow has dismissed the plans as “hysteria.”', 'hysteria.', 'Moscow'],
    ['Bashar Assad arrived in Moscow, news agencies reported, citing a Kremlin source. “Russia has granted them asylum,” the source told TASS.', 'Russia has granted them asylum,', null],
    ['Israeli Prime Minister Benjamin Netanyahu, who ordered the strike from New York, where he had addressed the UN General Assembly, said that Israel had “settled the score.”', 'settled the score.', 'Benjamin Netanyahu'],
    ['Joe Biden spoke. “Trump does not want her voters,” said Biden’s campaign chair, Jen O’Malley Dillon.', 'Trump does not want her voters,', 'Jen O’Malley Dillon'],
    ['Vance, 39, the author of the memoir “Hillbilly Elegy,” once called Trump “America’s Hitler” in a message.', 'America’s Hitler', 'Vance'],
    ['Vance, 39, the author of the memoir “Hillbilly Elegy,” once called Trump “America’s Hitler” in a message.', 'Hillbilly Elegy,', 'no such quote'],
    ['Donald Trump spoke. In a post, he said Ms Haley had been “TROUNCED.”', 'TROUNCED.', 'Donald Trump'],
    ['The Bank of Russia raised its rate on Friday. “Inflation is exceeding our forecast,” the regulator said in a statement.', 'Inflation is exceeding our forecast,', 'Bank of Russia'],
    ['The Defense Ministry spoke first. Most drones were downed over Belgorod, the ministry said in a statement on Telegram. “The attack was thwarted,” it stated.', 'The attack was thwarted,', 'Defense Ministry'],
    ['Foreign Minister Naledi Pandor told reporters that she would have liked more, but added: “There would have to be a ceasefire.”', 'There would have to be a ceasefire.', 'Naledi Pandor'],
    ['Jane Doe spoke on Monday. The drills involve the army, the Eastern Theater Command said in a statement. It described them as “strong punishment.”', 'strong punishment.', 'Eastern Theater Command'],
    ['Tomas Berg spoke at the UN Security Council. “We call on all sides,” he added, warning that a war would have “catastrophic consequences.”', 'catastrophic consequences.', 'Tomas Berg'],
    ['Mali left it. “Our people have turned their backs on ECOWAS,” Niger’s leader, General Abdourahamane Tiani, told the gathering.', 'Our people have turned their backs on ECOWAS,', 'Abdourahamane Tiani'],
    ['Tomas Berg met Jane Doe. Berg said that Doe had confirmed her readiness to help, but that this was “practically impossible” now.', 'practically impossible', 'Tomas Berg'],
    ['Tomas Berg met Jane Doe. Berg said that Doe had confirmed that gas would flow, but that it was “practically impossible” now.', 'practically impossible', 'Jane Doe'],
    ['Jane Doe spoke. Doe added that the “special operation,” as Springfield calls it, would stop such “barbaric” raids.', 'barbaric', 'Jane Doe'],
    ['Jane Doe spoke. Collections across the United States hold Polaroids of “unknowns” now.', 'unknowns', 'no such quote'],
    ['“It is serious,” said Nicolo Ghedini. Silvio Berlusconi has denied the charges. “It is absurd. It is degrading,” he has said.',
      'It is absurd. It is degrading,', 'Silvio Berlusconi'],
    ['Former President Nicolas Sarkozy was sentenced. “They were aware,” said the president of the court, Christine Mée, on Monday.',
      'They were aware,', 'Christine Mée'],
    ['John Smith spoke. The ministry is busy. “We will act,” he said at a meeting with Tomas Berg.', 'We will act,', 'John Smith'],
    ['“This hurricane was a monster,” said Florida Gov. Rick Scott, according to CBS.', 'This hurricane was a monster,', 'Rick Scott'],
    ['“We are in the bull’s eye,” North Carolina Gov. Roy Cooper (D) said Monday.', 'We are in the bull’s eye,', 'Roy Cooper'],
    ['Appearing on “Fox News Sunday,” adviser Brian Deese said the bill would pass.', 'Fox News Sunday,', 'no such quote'],
    ['President Joko ‘Jokowi’ Widodo said he follows it.', 'Jokowi', 'no such quote'],
    ['The White House said it was “deeply concerned”. According to the police, “the suspect fled on foot.”', 'the suspect fled on foot.', null],
    ['Marcelo Claure spoke. “My job as CEO is to cut costs,” Claure was quoted by Reuters as saying.', 'My job as CEO is to cut costs,', 'Marcelo Claure'],
    ['The Metropolitan Police arrested him. According to the police, “the suspect fled on foot.”', 'the suspect fled on foot.', 'Metropolitan Police'],
    ['Electoral chairman Mustapha Carayol said turnout was 83%. But Ousainou Darboe called the results “bogus, fraudulent and preposterous”.\n' +
      '“They constitute a deception of the people,” the United Democratic Party leader said.', 'They constitute a deception of the people,', 'Ousainou Darboe'],
    ['Ahead of the poll, the regional body Ecowas met. The 15-nation bloc said its inquiry found “an electorate cowed by repression and intimidation”.',
      'an electorate cowed by repression and intimidation', 'Ecowas'],
    ['Senior BJP leader Ravi Shankar Prasad spoke. “I condemn it,” Prasad told reporters. The BJP leader alleged frustration. ' +
      '“Gandhi must apologise,” the BJP leader said.', 'Gandhi must apologise,', 'Ravi Shankar Prasad'],
    ['Enrique Peña Nieto spoke. “We differ,” said Luiz Inácio Lula da Silva. When asked about Lula’s comments, Peña Nieto sought calm. “Each country has its path,” he said.',
      'Each country has its path,', 'Enrique Peña Nieto'],
    ['EU High Representative for Foreign Affairs and Security Policy Kaja Kallas arrived with European Commissioner for Enlargement Marta Kos.\n' +
      '“It is a privilege to be here,” she said.', 'It is a privilege to be here,', 'Kaja Kallas'],
    ['A spokesperson for President Vladimir Putin, Dmitry Peskov, commented. “We will act,” a Kremlin spokesman told journalists.', 'We will act,', 'Dmitry Peskov'],
    ['“Two died,” Ashraf al-Qudra, a spokesman for the ministry, said. An Israeli army spokeswoman confirmed a “targeting of a rocket squad”.',
      'targeting of a rocket squad', 'Israeli Army'],
    ['“Two died,” Ashraf al-Qudra, a spokesman for the ministry, said. Ahmad Fatayer was named. An Israeli army spokeswoman confirmed it.\n“They had just fired a rocket,” she said.',
      'They had just fired a rocket,', 'Israeli Army'],
    ['“We agree,” Brian Deese said. Speaking at a briefing, Senate Majority Leader Chuck Schumer stressed unity. “The House did a strong bill,” he said.',
      'The House did a strong bill,', 'Chuck Schumer'],
    ['Lions coach Glen Williams praised the opposition.\n“It was a good battle, and we lifted our intensity.”', 'It was a good battle, and we lifted our intensity.', 'Glen Williams'],
    ['Lions coach Glen Williams praised the opposition.\n“The match was a good battle for the league.”', 'The match was a good battle for the league.', null],
    ['The National Hurricane Center projected landfall. “Laura will move inland,” the hurricane center said Tuesday.', 'Laura will move inland,',
      'National Hurricane Center'],
    ['Shares of Nvidia fell. Nvidia called the model “an excellent advance”. Analysts at Jefferies said it was overdone. “We doubt they will cut,” they wrote in a note.', 'We doubt they will cut,', 'Jefferies'],
    ['Lee Jae-myung, the leader of the opposition Democratic Party, who narrowly lost in 2022, called the ruling “a victory for the people.”', 'a victory for the people.', 'Lee Jae-myung'],
    ['Judge Tom Hale said it was bad. He told Marsh: “You took a young life.”\nIn a statement read outside court, Ms Khan’s family said they had lost “a kind daughter”.', 'a kind daughter', null],
    ['Arne Slot, who replaced Jurgen Klopp last summer, won the title. “It is unbelievable. I inherited a very good team,” the Dutchman said.', 'It is unbelievable. I inherited a very good team,', 'Arne Slot'],
    ['Marine Le Pen left the courtroom.\nIn an interview that evening, she called the ruling “a political decision” and said: “I will not go.”', 'I will not go.', 'Marine Le Pen'],
    ['In the call, Paetongtarn Shinawatra addressed him as “uncle” and referred to a commander as her “opponent,” critics said.', 'uncle', 'Paetongtarn Shinawatra'],
    ['In the call, Paetongtarn Shinawatra addressed him as “uncle” and referred to a commander as her “opponent,” critics said.', 'opponent,', 'Paetongtarn Shinawatra'],
    ['The German Airports Association ADV said the strike was “completely disproportionate”.', 'completely disproportionate', 'German Airports Association'],
    ['The agency said levels had not increased. Its director general, Rafael Grossi, called on both sides to exercise “maximum restraint.”', 'maximum restraint.', 'Rafael Grossi'],
    ['M23 rebels captured Goma in Congo. Congo’s government said it would not abandon Goma and accused Rwanda of a “declaration of war.”', 'declaration of war.', 'Congo'],
    ['Former President Rodrigo Duterte was flown out on Tuesday night.\nPolice detained the 79-year-old at Manila’s airport. His plane left shortly before midnight.\n“What crime have I committed?” Duterte was heard saying in a video posted by his daughter, Vice President Sara Duterte, on social media.', 'What crime have I committed?', 'Rodrigo Duterte'],
    ['Donald Trump congratulated him, writing that he would “Make Argentina Great Again”.', 'Make Argentina Great Again', 'Donald Trump'],
    ['Thousands gathered in Seoul, chanting “Arrest Yoon Suk Yeol.” The US State Department said it was watching “with grave concern.”', 'Arrest Yoon Suk Yeol.', null],
    ['The chair, Edmund de Waal, said the book “makes our world seem new.” Accepting the prize at a ceremony in London on Tuesday night, Harvey dedicated it to “all the people who speak for the planet.”', 'all the people who speak for the planet.', 'Harvey'],
    ['Robert Francis Prevost was elected on Thursday, taking the name Leo XIV. Smoke rose.\n“Peace be with you all,” the new pope said.', 'Peace be with you all,', 'Robert Francis Prevost'],
    ['They were jailed at the Old Bailey after what the judge called “a campaign of torture”. Sara was ten.\nMr Justice Cavanagh said the cruelty was “almost beyond comprehension.”', 'a campaign of torture', 'Cavanagh'],
    ['Novak Djokovic beat Carlos Alcaraz on Sunday.\nThe Serbian, who had lost in Tokyo, wept. “It’s the biggest success I’ve had,” he told reporters.', 'It’s the biggest success I’ve had,', 'Novak Djokovic'],
    ['Prabowo Subianto was sworn in on Sunday. He succeeded Joko Widodo.\nIn his first speech, the 73-year-old pledged reform. “We must be brave,” he said.', 'We must be brave,', 'Prabowo Subianto'],
    ['The Joint Panel on Ethics said Harvard’s statement “reinforces a troubling mindset”.', 'reinforces a troubling mindset', 'Joint Panel on Ethics'],
    ['Ngaio Whitcombe has died. “She opened a door,” said her nephew, Hemi Tapsell.', 'She opened a door,', 'Hemi Tapsell'],
    ['Donald Trump announced it. Speaking alongside Sam Altman on Tuesday, the president called it “the largest project”.', 'the largest project', 'Donald Trump'],
    ['Butch Wilmore spoke first. “What a ride,” radioed Nick Hague.', 'What a ride,', 'Nick Hague'],
    ['Steve Reed spoke. Campaigners from Surfers Against Sewage said the numbers were “a national scandal”.', 'a national scandal', 'Surfers Against Sewage'],
    ['A gunman opened fire on a tram. “We are looking for a man,” Utrecht police said in a statement.', 'We are looking for a man,', null],
    ['Claudia Sheinbaum spoke. A reporter asked whether the cartel was “extinct,” given the arrest of Ismael Zambada, who this week pleaded guilty.', 'extinct,', null],
    ['Israeli Defence Minister Yoav Gallant said Shukr “has the blood of many Israelis on his hands.”\nTwo Lebanese security sources said the body was found.\n' +
      '“Fuad Shukr has directed the attacks since Oct. 8,” the statement added.', 'Fuad Shukr has directed the attacks since Oct. 8,', null],
    ['Andy Murray beat Novak Djokovic.\nHe saw Djokovic come back in the final game, but Murray dug deep.\n“I don’t know how I managed to come through that last game,” he said.',
      'I don’t know how I managed to come through that last game,', 'Andy Murray'],
    ['“It is very scary,” said Marilynn Buckham.\nThe audience listened to registered nurse Emily Lyons, who was injured in the bombing. She spoke of Barnett Slepian and other doctors who have been killed.\n' +
      '“They risked their lives for that freedom,” she said.', 'They risked their lives for that freedom,', 'Emily Lyons'],
    ['Andy Murray beat Novak Djokovic.\nAsked by interviewer Sue Barker about the final game, Murray said: “Imagine playing it.\n“I’ve played Novak many times and he is one of the biggest fighters.”',
      'Imagine playing it.', 'Andy Murray'],
    ['Thousands fled.\n“This is a very dangerous storm,” said Rene Paciente, head of the marine weather division.\n' +
      'More than 1,680 people in Cagayan have already been evacuated from coastal villages, said Norma Talosig, regional civil defence chief.\n“They have to evacuate to higher ground,” she told AFP.',
      'They have to evacuate to higher ground,', 'Norma Talosig'],
  ])('%s', (body, quote, speaker) => {
    expect(speakerOf(body, quote)).toBe(speaker);
  });

  it('takes a name given in quotation marks for no quote, whatever verb follows it', () => {
    const a = analyse('Netanyahu said the operation, named “Rising Lion,” would “continue for as many days as it takes.”');
    expect(a.quotes.map((q) => q.text)).toEqual(['continue for as many days as it takes.']);
  });

  it('reads a straight mark typed against the word before it as opening, when none is left open', () => {
    const a = analyse('Professor Jane Doe said schools would get kits," For example, schools can run their own votes". Designs came in.');
    expect(a.quotes.map((q) => [q.text, a.entities.find((e) => e.id === q.speaker)?.name])).toEqual([['For example, schools can run their own votes', 'Jane Doe']]);
    expect(analyse('"We won," Jane Doe said, "and we will win again."').quotes.map((q) => q.text)).toEqual(['We won,', 'and we will win again.']);
  });

  it('leaves out titles and names in quotation marks, not words said in capitals', () => {
    const a = analyse('Her team, nicknamed “Robogee”, watched “Batman: The Animated Series” with Jane Doe. “Absolutely,” she said. “Never Again” Doe said later.');
    expect(a.quotes.map((q) => q.text)).toEqual(['Absolutely,', 'Never Again']);
    // A long title, its small words included.
    expect(analyse('Jane Doe, curator of “Andy Warhol: Photographs and Prints from the University Collection” at the museum, spoke.').quotes).toEqual([]);
  });

  it('gives a headline’s quote to the name that opens it, when a saying verb follows', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-03-05\n---\nZakharova slams ‘reckless’ move\nMaria Zakharova wrote on Telegram that the move was reckless.\n');
    const q = asset!.quotes.find((x) => x.text === 'reckless');
    expect(asset!.entities.find((e) => e.id === q?.speaker)?.name).toBe('Maria Zakharova');
  });

  it('takes what someone called a person for their words, even in capitals, and a thing’s name for no quote', () => {
    const a = analyse('Donald Trump called him “Great Senator.” He rode a horse called “Black Star.”');
    expect(a.quotes.map((q) => [q.text, a.entities.find((e) => e.id === q.speaker)?.name])).toEqual([['Great Senator.', 'Donald Trump']]);
  });

  it('gives the quote opening a paragraph to the one the paragraph before is about, when it ends in a colon with no verb of saying', () => {
    const a = analyse('Chairman Dick Durbin said the firms were “responsible.” Senator Lindsey Graham, the top Republican, went further:\n' +
      '“You have blood on your hands.”');
    expect(a.quotes.map((q) => [q.text, a.entities.find((e) => e.id === q.speaker)?.name])).toEqual([
      ['responsible.', 'Dick Durbin'], ['You have blood on your hands.', 'Lindsey Graham'],
    ]);
  });

  it('finds the speaker of a quote of several sentences in the sentence after its last', () => {
    const a = analyse('“Putin chose Christmas for an attack. What could be more inhumane?” President Volodymyr Zelenskyy wrote on Telegram.');
    expect(a.quotes.map((q) => [q.text, a.entities.find((e) => e.id === q.speaker)?.name])).toEqual([
      ['Putin chose Christmas for an attack. What could be more inhumane?', 'Volodymyr Zelenskyy'],
    ]);
  });

  it('gives words an unnamed speaker introduces to no one, not to a name further back, and keeps them', () => {
    const a = analyse('Defense Secretary Jon Vale asked his staff for options, though one official warned that “the cupboard is bare.” ' +
      'Critics have dubbed it “the foreign law.” Forecasters had warned the surge could be “catastrophic.” ' +
      'The plan would clear the asylum claim ‘legacy backlog’ by year end.');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['the cupboard is bare.', null], ['catastrophic.', null]]);
  });

  it('names the chamber a title opens with, opening a sentence or not (“House Speaker”), and the White House before a capitalised title', () => {
    const a = analyse('House Speaker Mike Johnson refused. He met White House Press Secretary Karine Jean-Pierre.');
    expect(a.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['House:organization', 'Mike Johnson:person', 'White House:organization', 'Karine Jean-Pierre:person']);
  });

  it('gives a headline’s quote to the source it ends with, past a word of speech that names no one', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2023-07-18\n---\nGrain deal ‘dead’ unless demands are met – Kremlin\n' +
      'Moscow let the deal expire, Kremlin spokesman Dmitry Volkov said.\n');
    const q = asset!.quotes.find((x) => x.text === 'dead');
    expect(asset!.entities.find((e) => e.id === q?.speaker)?.name).toBe('Kremlin');
  });

  it('takes a term held at a distance for no quote: "so-called" before it, or in the body for the headline’s', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-12-17\n---\nEU agrees 15th sanctions package targeting Russia’s ‘shadow fleet’\n' +
      'The EU adopted sanctions on Monday, adding 52 vessels of Moscow’s so-called shadow fleet. Kaja Kallas said the so-called “peace formula” had failed.\n');
    expect(asset!.quotes).toEqual([]);
  });

  it('gives a headline’s quoted remark to the one whose remark it is', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-02-28\n---\nMacron’s ‘boots on the ground’ remark sparks NATO backlash – Politico\n' +
      'French President Emmanuel Macron’s refusal has caused alarm among NATO allies, Politico reported on Tuesday.\n');
    const q = asset!.quotes.find((x) => x.text === 'boots on the ground');
    expect(asset!.entities.find((e) => e.id === q?.speaker)?.name).toBe('Emmanuel Macron');
  });

  it('gives a dek’s quote by a role to the one the article names later with that role', () => {
    const speaker = (dek: string) => {
      const { asset } = analyzeText('t.txt', `---\ndate: 2024-09-20\n---\nTokyo and Seoul pledge closer ties\n${dek}\n` +
        'Japanese Prime Minister Shigeru Ishiba arrived in Seoul on Friday. He met President Yoon Suk Yeol.\n');
      const q = asset!.quotes.find((x) => x.text === 'fresh start');
      return q ? asset!.entities.find((e) => e.id === q.speaker)?.name ?? null : 'no such quote';
    };
    expect(speaker('Japan’s new prime minister used his first trip abroad to call for a ‘fresh start’ with South Korea')).toBe('Shigeru Ishiba');
    // (No one is named later as Japan's president: the place is not the speaker.)
    expect(speaker('Japan’s new president used his first trip abroad to call for a ‘fresh start’ with South Korea')).not.toBe('Japan');
  });

  it('gives a headline’s quoted words to the one who says them in the body', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2025-02-04\n---\nCouncil leader quits over ‘unworkable’ housing targets\n' +
      'The leader of the council, Margaret Ellison, resigned on Monday, saying the targets were “simply unworkable” for rural areas.\n');
    const q = asset!.quotes.find((x) => x.block === 'title');
    expect(q?.text).toBe('unworkable');
    expect(asset!.entities.find((e) => e.id === q?.speaker)?.name).toBe('Margaret Ellison');
  });

  it('gives a headline’s or a dek’s words said by a kind of body to the body the article names so, or to the first that speaks', () => {
    const speaker = (text: string, quote: string) => {
      const { asset } = analyzeText('t.txt', `---\ndate: 2024-11-07\n---\n${text}\n`);
      const q = asset!.quotes.find((x) => x.text === quote);
      return q ? asset!.entities.find((e) => e.id === q.speaker)?.name ?? null : 'no such quote';
    };
    expect(speaker('Nurses at Royal Halvern Hospital vote to strike\nUnion says wards are “dangerously short”\n' +
      'Nurses at the Royal Halvern Hospital have voted to strike, the Royal College of Nursing said on Wednesday.', 'dangerously short'))
      .toBe('Royal College of Nursing');
    expect(speaker('Stolen painting found in Glasgow flat\nPolice say the canvas is in “remarkably good condition”\n' +
      'The Centraal Museum said it was delighted. Officers from Police Scotland recovered the work.', 'remarkably good condition'))
      .toBe('Police Scotland');
  });

  it('gives "he" to the one a body’s role introduced between commas in the sentence before', () => {
    expect(speakerOf('“The boat was shaking,” said Folasade Adeyemi, a trader. NIWA’s area manager, Chukwudi Okonjo, said the operator had no licence. ' +
      '“This is exactly what we have been warning about,” he said.', 'This is exactly what we have been warning about,')).toBe('Chukwudi Okonjo');
  });

  it('reads past a lawmaker’s party and state to the name before them', () => {
    expect(speakerOf('Sen. Alex Padilla, D-Calif., accused his colleagues of “holding disaster victims hostage.”', 'holding disaster victims hostage.')).toBe('Alex Padilla');
    expect(speakerOf('The bill’s co-sponsor, Sen. Lisa Murkowski, R-Alaska, said she was “frustrated but not giving up.”', 'frustrated but not giving up.'))
      .toBe('Lisa Murkowski');
  });

  it('gives "he" to the holder of a role that names bodies, set off by commas in the sentence before', () => {
    expect(speakerOf('“This is a major escalation,” Rafael Grossi said. Russia’s permanent representative to the UN, Vassily Nebenzia, blamed Kiev. ' +
      '“The Kiev regime is playing with fire,” he told the council.', 'The Kiev regime is playing with fire,')).toBe('Vassily Nebenzia');
  });

  it('gives the quoted words of a headline that names no one to whoever the body has saying them', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-04-09\n---\nIAEA chief calls drone strikes ‘reckless’\n' +
      'Rafael Grossi has condemned the strikes as “reckless.”\nVassily Nebenzia blamed Kiev. “The Kiev regime is playing with fire,” he said.\n');
    const q = asset!.quotes.find((x) => x.block === 'title');
    expect(asset!.entities.find((e) => e.id === q?.speaker)?.name).toBe('Rafael Grossi');
  });

  it('gives what the CDC said to the Centers for Disease Control and Prevention named before', () => {
    expect(speakerOf('The Centers for Disease Control and Prevention said on Monday it was working. “The risk remains low,” the CDC said.', 'The risk remains low,'))
      .toBe('Centers for Disease Control and Prevention');
  });

  it('gives a quote with no cue to the one person its paragraph is about', () => {
    expect(speakerOf('Kiara Perkins, an art major, was willing to skip class to attend. Why did she so badly want to go? “It is Warhol. He is a legend.”',
      'It is Warhol. He is a legend.')).toBe('Kiara Perkins');
    // (Not where the paragraph names two.)
    expect(speakerOf('Kiara Perkins met Tom Allton at the show. Why did they go? “It is Warhol. He is a legend.”', 'It is Warhol. He is a legend.')).toBeNull();
  });

  it('takes a speaker a letter off the surname of someone named in full for that person', () => {
    expect(speakerOf('“Pop art was about culture,” Kathryn Waters said. “I think everybody knows his name,” Water said. Adam Smith met John Smyth.',
      'I think everybody knows his name,')).toBe('Kathryn Waters');
  });

  it('keeps words a crowd chants as a quote no one named said, with the name inside them', () => {
    const a = analyse('Lee Jae-myung called it “illegal.” Protesters gathered in Seoul, chanting “Arrest Yoon Suk Yeol.” Earlier, Yoon Suk Yeol spoke.');
    const q = a.quotes.find((x) => x.text === 'Arrest Yoon Suk Yeol.');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
    expect(a.entities.find((e) => e.name === 'Yoon Suk Yeol')?.mentions).toHaveLength(2);
  });

  it('gives what analysts at a firm said to the firm', () => {
    expect(speakerOf('Analysts at Goldman Sachs said OPEC+ was “prioritizing price stability,” and cut their forecasts.', 'prioritizing price stability,'))
      .toBe('Goldman Sachs');
  });

  it('gives what "Name of a body, who …," said to the person, not the body', () => {
    expect(speakerOf('Dr. Hiromitsu Nakauchi of Stanford University, who was not involved in the work, called the results “a significant step forward.”',
      'a significant step forward.')).toBe('Hiromitsu Nakauchi');
  });

  it('reads a pronoun from the sentence before past a name inside its quotation, where an ellipsis opened a sentence', () => {
    const body = 'The dek line.\nOpposition leader Joseph Boakai has 50.9 percent.\n' +
      '"The results indicate that... Boakai is in a lead that we cannot surpass," George Weah said on Friday.\n' +
      'He said his party "has lost the election but Liberia has won," he added.';
    expect(speakerOf(body, 'has lost the election but Liberia has won,')).toBe('George Weah');
  });

  it('gives words in a sentence with no cue to the one it opens with, named or meant by a pronoun, not to one named after', () => {
    const lead = 'The dek line.\nGeorge Weah conceded defeat to Joseph Boakai on Friday.\n';
    expect(speakerOf(`${lead}He had spoken to Boakai “to congratulate him on his victory”.`, 'to congratulate him on his victory')).toBe('George Weah');
    expect(speakerOf(`${lead}Weah had spoken to Boakai “to congratulate him on his victory”.`, 'to congratulate him on his victory')).toBe('George Weah');
  });

  it('reads "she" as the woman who said the sentence before, not the one it opens with whose name says neither', () => {
    const body = 'The dek line.\nNana Akufo-Addo won the election, electoral commissioner Charlotte Osei said.\n' +
      'Akufo-Addo defeated President John Mahama by 53.8 percent to 44.4 percent, Osei said. “It is my duty to declare him the winner,” she told reporters.';
    expect(speakerOf(body, 'It is my duty to declare him the winner,')).toBe('Charlotte Osei');
  });

  it('gives what is "added" to the pronoun the sentence opens with, past an adverb with no comma', () => {
    expect(speakerOf('The dek line.\nGeorge Weah conceded defeat on Friday.\nLater he said his party "has lost," adding: "This is the time for graciousness".',
      'This is the time for graciousness')).toBe('George Weah');
  });

  it('keeps words someone unnamed implored others with, past the comma they open after, said by no one named', () => {
    expect(speakerOf('A Republican senator stood on the chamber floor and implored the plan’s critics, “Read the bill.”', 'Read the bill.')).toBeNull();
  });

  it('gives what "a Brooklyn man" said to no one, not to the place; a quote closed by two apostrophes ends there', () => {
    const body = 'The dek line.\n"I just like the experience," said a Brooklyn man who has been outside the store since Thursday. ' +
      'Apple says it is "the gold standard of smartphones\'\' and reads your fingerprint.';
    expect(speakerOf(body, 'I just like the experience,')).toBeNull();
    expect(analyse(body).quotes.map((q) => q.text)).toContain('the gold standard of smartphones');
  });

  it('gives a headline’s words after a colon to its subject, not to a body a preposition governs before the colon', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2023-10-27\n---\nLula calls for an end to veto power at the UN: "It\'s crazy"\nThe text was vetoed.\n' +
      'President Luiz Inácio Lula da Silva called the veto "crazy", he said.\n');
    const q = asset!.quotes.find((x) => x.text === 'It\'s crazy');
    expect(asset!.entities.find((e) => e.id === q?.speaker)?.name).toBe('Luiz Inácio Lula da Silva');
  });

  it('gives what is said after ", then said:" to the sentence’s subject, past an opening phrase that ends on "to this,"', () => {
    const body = 'The dek line.\nPeter Dutton said earlier today he had concerns.\n' +
      'Asked to respond to this, Anthony Albanese initially said this was a question for Dutton, then said: “That’s an irresponsible comment.”';
    expect(speakerOf(body, 'That’s an irresponsible comment.')).toBe('Anthony Albanese');
  });

  it('gives what "Name of a body," said to the person, past a stray comma before the verb', () => {
    expect(speakerOf('“We will not give up hope,” Dai Yajuan of the Chengdu Military Area Command, told the Xinhua news agency.',
      'We will not give up hope,')).toBe('Dai Yajuan');
  });

  it('gives a verb joined by "and" the subject of the sentence’s first', () => {
    expect(speakerOf('“I will serve,” Lee Jae-myung said. Washington congratulated Lee and said the alliance was “ironclad.”', 'ironclad.')).toBe('Washington');
  });

  it('gives words reported “quoting” a source to that source, not to the one reporting', () => {
    expect(speakerOf('According to Yonhap news agency, quoting the Korean Central News Agency (KCNA), the army was told to prepare a “quasi-state of war”.',
      'quasi-state of war')).toBe('Korean Central News Agency');
  });

  it('gives what “a spokesperson for the agency” said to the body named before', () => {
    expect(speakerOf('The World Health Organization said it would review the data. A spokesperson for the agency described the findings as “very encouraging.”',
      'very encouraging.')).toBe('World Health Organization');
  });

  it('takes no cue from what someone will say, nor from a participle describing a noun', () => {
    expect(speakerOf('Moscow will respond to any ‘theft’ of its funds, spokesman Dmitry Volkov has warned.', 'theft')).toBe('Dmitry Volkov');
    expect(speakerOf('Spokesman Dmitry Volkov said the decision, announced at the Group of Seven summit on Thursday, amounted to “theft.”', 'theft.'))
      .toBe('Dmitry Volkov');
  });

  it('gives what “it called” so to the body the pronoun stands for, not to a person named in the clause before', () => {
    expect(speakerOf('The German Foreign Office summoned the ambassador, Sergey Volkov, on Tuesday over what it called “unacceptable” remarks.',
      'unacceptable')).toBe('German Foreign Office');
  });

  it('goes on with a quote the paragraph before left open, up to the mark that closes it', () => {
    const a = analyse('After the match, Tomas Berg, Panama coach, said, "We have learned a lot today.\nIt was a very emotional day for all of us." Jane Doe left.\nThe next match is "a final", he said.');
    expect(a.quotes.map((q) => [q.text, a.entities.find((e) => e.id === q.speaker)?.name])).toEqual([
      ['We have learned a lot today.', 'Tomas Berg'], ['It was a very emotional day for all of us.', 'Tomas Berg'], ['a final', 'Tomas Berg'],
    ]);
  });

  it('leaves out a headline named after it', () => {
    const a = analyse('Raila Odinga spoke. “Day of showdown,” was the headline in The Standard on Monday.');
    expect(a.quotes).toEqual([]);
  });

  it('leaves out headlines cited with their publication and date, not a quote signed by its speaker', () => {
    const a = analyse('Sources\n“Document found on street not secret, say feds” — The Canadian Press, August 15, 2008\n“So far, it is a long game.” – Tomas Berg');
    expect(a.quotes.map((q) => q.text)).toEqual(['So far, it is a long game.']);
  });

  it('gives a headline’s quoted word, whose source is a role, to the person the body quotes most', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-07-03\n---\nWestern sanctions ‘backfiring’ on EU economies – Russian envoy\nBrussels has ignored the damage, the diplomat has said\n' +
      'Moscow’s permanent representative to the EU, Vladimir Chizhov, has told Izvestia that sanctions failed. “They have isolated themselves,” Chizhov claimed.\n');
    const q = asset!.quotes.find((x) => x.text === 'backfiring');
    expect(asset!.entities.find((e) => e.id === q?.speaker)?.name).toBe('Vladimir Chizhov');
  });

  it('gives a headline that names no one, and whose speaker is a judge, to the judge the body names', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2025-03-14\n---\nShopkeeper cleared as judge condemns ‘affront to justice’\nThe conviction is quashed\n' +
      'Ann Lee wept as Mr Justice Holroyde said the evidence was “unreliable from the start.” Lee said: “I have waited sixteen years.”\n');
    const q = asset!.quotes.find((x) => x.text === 'affront to justice');
    expect(asset!.entities.find((e) => e.id === q?.speaker)?.name).toBe('Holroyde');
  });

  it('takes no nickname for a quote, in the body or in a headline whose words the body gives as one', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-04-10\n---\nPeter Higgs, physicist who predicted the ‘God particle’, dies\nHe was a shy man\n' +
      'A shy man who disliked the nickname the “God particle”, Higgs did not own a television. “It’s very nice to be right sometimes,” he said.\n');
    expect(asset!.quotes.map((q) => q.text)).toEqual(['It’s very nice to be right sometimes,']);
  });

  it('does not take a headline’s name in quotation marks, before the noun it names, for a quote', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-12-10\n---\nGoogle unveils ‘Willow’ quantum chip, claims breakthrough on errors\nThe chip solved a problem, the company said\n' +
      'Google said on Monday it had developed a new chip, called Willow.\n“Willow is an important step,” said Hartmut Neven.\n');
    expect(asset!.quotes.map((q) => q.text)).toEqual(['Willow is an important step,']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(analyse('They respect each other’s interests and Russia’s role.').quotes).toEqual([]);
  });

  it('gives “the board” to the firm whose board was named, not to the last firm that spoke', () => {
    expect(speakerOf('“We are encouraged by the changes to the OpenAI board,” Satya Nadella of Microsoft said. The board had said on Friday that Altman was “not consistently candid” with it.',
      'not consistently candid')).toBe('OpenAI');
  });

  it('gives a relative no one names to no one, and the pronoun after too; not the one who spoke before', () => {
    const body = 'Mr Justice Goss said there had been “a deep malevolence” in her acts. The mother of one of the murdered twins told the court in a statement read out on her behalf ' +
      'that Letby was “nothing but a coward”. “We will never have closure,” she said.';
    expect(['a deep malevolence', 'nothing but a coward', 'We will never have closure,'].map((q) => speakerOf(body, q))).toEqual(['Goss', null, null]);
    // (A relative the article names is that person.)
    expect(speakerOf('His mother, Jane Smith, was in court. Mr Justice Goss said it was “grave”. The mother said: “He is a coward.”', 'He is a coward.')).toBe('Jane Smith');
  });

  it('gives a participle’s words to the body its sentence opens with, not to a person named later in it', () => {
    expect(speakerOf('Navalny died in prison\nThe Kremlin has dismissed accusations from Western leaders that it was responsible for the death of jailed opposition figure Aleksey Navalny, calling them “absolutely unacceptable.”',
      'absolutely unacceptable.')).toBe('Kremlin');
  });

  it('gives “she said” to the one named after a person’s possessive and kin, not to the last speaker', () => {
    expect(speakerOf('Maria Zakharova accused Western officials. “The reaction is self-exposing,” she wrote on Telegram. ' +
      'Navalny’s widow, Yulia Navalnaya, appeared at the conference. “I want Putin to know,” she said.', 'I want Putin to know,')).toBe('Yulia Navalnaya');
  });

  it('reads no sex into a surname’s Slavic ending where a given name the lists lack is written', () => {
    expect(speakerOf('WHO chief Tedros Adhanom Ghebreyesus spoke. “This should concern us all,” he said.\nDr. Dimie Ogoina, who chairs the committee, said vaccines were needed. ' +
      '“We cannot afford to wait,” he said.', 'We cannot afford to wait,')).toBe('Dimie Ogoina');
  });

  it('gives “the company said” to the firm the sentence before opens with and has report, not the body quoted further back', () => {
    expect(speakerOf('“We are thrilled,” NASA’s manager, Steve Stich, said. The craft landed safely, NASA said.\n' +
      'Boeing, which has spent more than $1.6 billion on the program, said it would review the data. “We will keep working with NASA,” the company said in a statement.',
      'We will keep working with NASA,')).toBe('Boeing');
  });

  it('gives a finding’s words to the body the document is by, and a spokesperson’s to the body the sentence before has report', () => {
    const body = 'A damning report by HM Inspectorate of Prisons has found “systemic failures” at the jail. The report, published on Wednesday, said the jail was “fundamentally unsafe”. ' +
      'The Ministry of Justice said it accepted the findings. “We are taking urgent action,” a spokesperson said.';
    expect(['systemic failures', 'fundamentally unsafe', 'We are taking urgent action,'].map((q) => speakerOf(body, q)))
      .toEqual(['HM Inspectorate of Prisons', 'HM Inspectorate of Prisons', 'Ministry of Justice']);
  });

  it('gives a headline’s words in the first person, said by no one it names, to the one person its story opens on; and words the body quotes too to their speaker there', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2024-03-18\n---\n‘I never planned to be a farmer’: the teacher who planted a vineyard\nAfter 30 years in the classroom, Maria Constantin bet her savings\n' +
      'Her neighbours laughed. “It will not grow,” her brother said.\n');
    expect(asset!.entities.find((e) => e.id === asset!.quotes.find((q) => q.block === 'title')?.speaker)?.name).toBe('Maria Constantin');
    const echoed = analyzeText('t.txt', '---\ndate: 2025-02-20\n---\nWatchdog report finds ‘systemic failures’ at jail\nThe inspectorate spoke\n' +
      'A report by HM Inspectorate of Prisons has found “systemic failures” at the jail. The Ministry of Justice said it accepted the findings.\n').asset!;
    expect(echoed.entities.find((e) => e.id === echoed.quotes.find((q) => q.block === 'title')?.speaker)?.name).toBe('HM Inspectorate of Prisons');
  });

  it('gathers the headline’s and later mentions of a name someone took into that person', () => {
    const { asset } = analyzeText('t.txt', '---\ndate: 2025-05-09\n---\nAmerican cardinal Robert Prevost elected Pope Leo XIV\nHe is the first pope from the United States\n' +
      'Cardinal Robert Prevost was elected pope on Thursday, taking the name Leo XIV.\n“Peace be with you all,” the new pope said.\nLeo is expected to celebrate Mass on Friday.\n');
    const people = asset!.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Robert Prevost', ['Robert Prevost', 'Leo XIV', 'Robert Prevost', 'Leo XIV', 'Leo']]]);
    expect(asset!.quotes.map((q) => q.speaker)).toEqual([people[0]!.id]);
  });

  it('gives a verb joined by “but” after the words a quote ends to the sentence’s subject, not to a place named between', () => {
    expect(speakerOf('President Donald Trump called the development “a wake-up call” for U.S. industry but said it could be “a positive” if it made AI cheaper.', 'a positive'))
      .toBe('Donald Trump');
  });

  it('takes a name set in quotation marks, all the marks hold, for no quote', () => {
    expect(analyse('Trump said Musk would lead a new advisory body, the “Department of Government Efficiency,” charged with cutting spending. “It will be great,” he said.').quotes.map((q) => q.text))
      .toEqual(['It will be great,']);
  });

  it('follows a back-reference to the organisation named before', () => {
    expect(speakerOf('The Foreign Ministry issued a statement. The US is “reckless,” the ministry added.', 'reckless,')).toBe('Foreign Ministry');
  });
});

describe('06 timeline', () => {
  it.each([
    ['It happened on Thursday.', '2024-01-03', 'Thursday', '2023-12-28'],
    ['It happened last month.', '2024-01-03', 'last month', '2023-12'],
    ['It happened in December.', '2024-01-03', 'December', '2023-12'],
    ['It will happen in February.', '2024-01-03', 'February', '2024-02'],
    ['It began in early 2022.', '2024-01-03', 'early 2022', '2022'],
    ['It was popular in the 1990s.', '2024-01-03', 'the 1990s', '199'],
    ['Sales fell in the third quarter.', '2024-01-03', 'the third quarter', '2023-Q3'],
    ['It happened last week.', '2024-01-03', 'last week', '2023-W52'],
    ['The last few months have been difficult.', '2024-11-05', 'The last few months', 'PAST_REF'],
    ['GDP expanded by 5.4% in the January-March period.', '2024-05-17', 'January-March', '2024-Q1'],
    ['The IMF raised its forecast for Russia in April to 3.2%.', '2024-05-17', 'April', '2024-04'],
    ['The whole line will be ready by the end of the decade.', '2024-03-18', 'the end of the decade', '202'],
    ['The chancellor plans a confidence vote in January.', '2024-11-07', 'January', '2025-01'],
    ['Jannik Sinner won the US Open on Sunday.', '2024-09-09', 'Sunday', '2024-09-08'],
    ['The shows, which had been due to take place from Thursday to Saturday, were cancelled.', '2024-08-08', 'Saturday', '2024-08-10'],
    ['It expects revenue of about $32.5bn in the current quarter, which ends in October.', '2024-08-29', 'October', '2024-10'],
    ['Ohtani, who had elbow surgery in September, will bat next season.', '2023-12-10', 'September', '2023-09'],
    ['Scientists said El Niño added to the heat in the second half of the year.', '2024-01-09', 'the second half of the year', '2023-H2'],
    ['Growth will pick up in the second half of the year.', '2024-01-09', 'the second half of the year', '2024-H2'],
    ['Drivers will strike next Tuesday after talks broke down on Wednesday night.', '2024-03-14', 'Wednesday night', '2024-03-13TNI'],
    ['Prices could rise in the coming months.', '2024-03-14', 'the coming months', 'FUTURE_REF'],
    ['He cannot call new elections before July, a year after the last ones.', '2024-12-05', 'July', '2025-07'],
    ['Gazprom halted supplies at 8 a.m. Moscow time (0500 GMT) on Wednesday.', '2025-01-02', '8 a.m.', '2025-01-01T08:00'],
    ['Gazprom halted supplies at 8 a.m. Moscow time (0500 GMT) on Wednesday.', '2025-01-02', '0500 GMT', '2025-01-01T05:00'],
    ['Prices rose at 1500 GMT.', '2025-01-02', '1500 GMT', '2025-01-02T15:00'],
    ['Next year it is expected to fall in early June.', '2024-06-20', 'early June', '2025-06'],
    ['Last year, prices rose in May.', '2024-06-20', 'May', '2023-05'],
    ['Tesco expects profit of at least £2.8bn in the current financial year.', '2024-04-10', 'the current financial year', '2024'],
    ['The bank raised its forecasts for this year and next.', '2024-06-06', 'next', '2025'],
    ['Trump said he would decide in the not too distant future.', '2025-01-18', 'the not too distant future', 'FUTURE_REF'],
    ['Trump wrote that it “could only have happened as a result of our historic victory in November”.', '2025-01-16', 'November', '2024-11'],
    ['“At 7:35 this morning, the Bishop of Rome returned home,” the cardinal said.', '2025-04-21', '7:35 this morning', '2025-04-21T07:35'],
    ['The blast came at 9.30 last night.', '2025-04-21', '9.30 last night', '2025-04-20T21:30'],
    ['The ship issued a mayday call at about 1:30 a.m. (0530 GMT), police said.', '2024-03-26', '0530 GMT', '2024-03-26T05:30'],
    ['Narendra Modi claimed victory in the election on Tuesday, but his party will depend on allies.', '2024-06-05', 'Tuesday', '2024-06-04'],
    ['Airlines were hit on Friday. Sky News could not broadcast for several hours in the morning.', '2024-07-19', 'the morning', '2024-07-19TMO'],
    ['He claimed his second Grand Slam trophy of the year.', '2024-09-09', 'the year', '2024'],
    ['Mr Trump is now all but certain to face Joe Biden in a rematch on 5 November.', '2024-03-06', '5 November', '2024-11-05'],
    ['Sales on Black Friday rose, and Cyber Monday was busy.', '2024-12-03', 'Cyber Monday', '2024-12-02'],
    ['Only half will have been delivered by the March deadline.', '2024-02-14', 'March', '2024-03'],
    ['The group agreed on Sunday to extend its cuts, while allowing some curbs to be phased out from October.', '2024-06-03', 'October', '2024-10'],
    ['The May elections were close.', '2024-02-14', 'May', '2024-05'],
    ['It expects revenue of $32.5 billion in the current quarter.', '2024-08-29', 'the current quarter', '2024-Q3'],
    ['It happened yesterday.', '2024-01-01', 'yesterday', '2023-12-31'],
    ['He was seen shortly before 9pm.', '2024-02-01', '9pm', '2024-02-01T21:00'],
    ['Rain forecast for the weekend could slow the fire’s growth.', '2024-07-26', 'the weekend', '2024-W30-WE'],
    ['It found that 7.6 million people were waiting for planned hospital treatment at the end of June.', '2024-09-12', 'the end of June', '2024-06'],
    ['Protesters planned a large demonstration on Saturday.', '2000-01-07', 'Saturday', '2000-01-08'],
    ['OPEC+ agreed to postpone a planned increase in oil production by three months to April.', '2024-12-05', 'April', '2025-04'],
    ['Sall, who had tried to postpone the vote from February to December, congratulated Faye.', '2024-03-25', 'December', '2024-12'],
    ['The singer, who released her album, ‘The Tortured Poets Department’, in April, has not announced her next project.', '2024-12-09', 'April', '2024-04'],
    ['Costa was elected for a 30-month term starting on December 1.', '2024-06-27', 'December 1', '2024-12-01'],
    ['The chemistry prize will be announced on Wednesday, followed by the literature prize on Thursday.', '2024-10-08', 'Thursday', '2024-10-10'],
    ['It happened on Thursday.', null, 'Thursday', 'PAST_REF'],
    ['Cuba predicted Wednesday that the boy will stay.', '2000-01-07', 'Wednesday', '2000-01-05'],
    ['“It may not be Sunday itself,” he said.', '2025-03-20', 'Sunday', '2025-03-23'],
    ['He may have left on Sunday.', '2025-03-20', 'Sunday', '2025-03-16'],
    ['A year ago today, the first cases were reported.', '2020-12-31', 'A year ago today', '2019-12-31'],
    ['We look forward to resuming service on Thursday.', '2024-12-31', 'Thursday', '2025-01-02'],
    ['The five-year contract expires on December 31.', '2024-03-14', 'December 31', '2024-12-31'],
    ['He will not be suspended after testing positive in March, the agency said.', '2024-08-21', 'March', '2024-03'],
    ['Jannik Sinner will not be suspended after testing positive twice for trace amounts of the anabolic steroid clostebol in March, the agency said.', '2024-08-21', 'March', '2024-03'],
    ['He will be freed after serving his sentence in March.', '2024-08-21', 'March', '2025-03'],
    ['Sales fell in the first six months of 2024.', '2024-09-10', 'the first six months of 2024', '2024-H1'],
    ['A court on Tuesday extended the detention of Laurent Vinatier until early June.', '2024-03-27', 'early June', '2024-06'],
    ['Earlier in the week, Zelensky presented his plan.', '2024-09-28', 'Earlier in the week', '2024-W39'],
    ['Ukraine in 2014 was not the Ukraine of today.', '2022-12-08', 'today', 'PRESENT_REF'],
    ['Nippon Steel’s planned takeover of US Steel came under fresh pressure on Monday.', '2024-03-19', 'Monday', '2024-03-18'],
    ['OPEC+ agreed to postpone a planned increase in oil production by three months to April.', '2024-12-06', 'April', '2025-04'],
    ['Trump has vowed to block the deal if elected in November.', '2024-03-19', 'November', '2024-11'],
    ['The service said gusts were possible through Friday and again on Sunday and Monday.', '2025-01-10', 'Sunday', '2025-01-12'],
    ['Gold rose to a high of $2,790.15 an ounce on Wednesday, before next week’s vote.', '2024-10-31', 'Wednesday', '2024-10-30'],
    ['The Fed cut rates in September, and is expected to lower them again.', '2024-10-31', 'September', '2024-09'],
    ['The Fed could cut rates in September, and is expected to.', '2024-07-31', 'September', '2024-09'],
    ['The campaign warned that he could still win in November.', '2024-05-31', 'November', '2024-11'],
    ['He was not sure he could not attend in March.', '2024-05-31', 'March', '2024-03'],
    ['Trump, his likely opponent in the November election, spoke.', '2024-05-15', 'November', '2024-11'],
    ['The November election was close.', '2024-12-10', 'November', '2024-11'],
    ['Inflation picks up, dimming hopes of June rate cut', '2024-04-10', 'June', '2024-06'],
    ['“A June cut now looks very unlikely,” she said.', '2024-04-10', 'June', '2024-06'],
    ['The June attack killed five.', '2024-04-10', 'June', '2023-06'],
    ['US troops to leave Niger by mid-September', '2024-05-20', 'mid-September', '2024-09'],
    ['The US will withdraw by September 15, the Pentagon announced in a joint statement on Sunday.', '2024-05-20', 'Sunday', '2024-05-19'],
    ['“Inflation is higher than we expected in July,” she said.', '2024-10-25', 'July', '2024-07'],
    ['There could be a spike in showers on Monday.', '2016-05-21', 'Monday', '2016-05-23'],
    ['Neither he nor his aunt could be located Wednesday.', '2000-01-06', 'Wednesday', '2000-01-05'],
    ['Congress on Wednesday re-elected its leaders, a victory that will help him.', '2023-02-02', 'Wednesday', '2023-02-01'],
    ['The capsule is slated to dock at 1:17 a.m. ET Friday.', '2023-03-02', '1:17 a.m. ET Friday', '2023-03-03T01:17'],
    ['A poll published today put the party at 36% for Sunday’s first round.', '2024-06-27', 'Sunday', '2024-06-30'],
    ['The death toll for Sunday’s earthquake had risen.', '2014-08-04', 'Sunday', '2014-08-03'],
    ['They said it was not enough, postponing that assessment for December.', '2017-10-20', 'December', '2017-12'],
    ['Groups planned a rally in Miami on Saturday.', '2000-01-07', 'Saturday', '2000-01-08'],
    ['Talks that are supposed to conclude by May resumed.', '1998-03-22', 'May', '1998-05'],
    ['Sharif was supposed to hold the vote on Wednesday but deferred it.', '2023-04-27', 'Wednesday', '2023-04-26'],
    ['He was found on Thanksgiving Day.', '2000-01-07', 'Thanksgiving Day', '1999-11-25'],
    ['They will marry next Christmas.', '2024-01-03', 'next Christmas', '2024-12-25'],
    ['Lawmakers are racing to meet Trump’s Fourth of July deadline.', '2025-06-29', 'Fourth of July', '2025-07-04'],
    ['Stores opened on Labor Day.', '2025-06-29', 'Labor Day', '2024-09-02'],
    ['Crowds gathered on Memorial Day.', '2025-06-29', 'Memorial Day', '2025-05-26'],
    ['The team arrived at about 19:50, after an arrest at 19:10, officers said.', '2024-10-29', '19:50', '2024-10-29T19:50'],
    ['It is an 11th-century temple.', '2024-01-03', '11th-century', '10'],
    ['The seeds date from the fifth century.', '2024-01-03', 'the fifth century', '04'],
    ['Construction is due to begin in the first quarter of next year.', '2025-09-18', 'the first quarter of next year', '2026-Q1'],
    ['We heard her voice at two in the morning.', '2023-02-09', 'two in the morning', '2023-02-09T02:00'],
    ['The fifth and final Test begins in Sydney on Friday.', '2024-12-30', 'Friday', '2025-01-03'],
    ['The Senate is expected to vote on the bill by the end of the week.', '2023-03-08', 'the end of the week', '2023-W10'],
    ['OPEC+ delays oil output increase until April', '2024-12-06', 'April', '2025-04'],
    ['Forecasters expect the hottest stretch of the summer from Tuesday to Thursday.', '2025-07-14', 'Thursday', '2025-07-17'],
    ['Forecasters expect the hottest stretch of the summer from Tuesday to Thursday.', '2025-07-14', 'the summer', '2025-SU'],
    ['The service has issued a heat warning for the area from 10 a.m. Tuesday until 8 p.m. Thursday.', '2025-07-14', '10 a.m. Tuesday', '2025-07-15T10:00'],
    ['The curfew was lifted on Tuesday.', '2025-07-14', 'Tuesday', '2025-07-08'],
    ['The decision is likely to delay his trial until after November’s vote.', '2024-07-02', 'November', '2024-11'],
    ['American officials over the weekend became more open, and are likely to act.', '1991-02-25', 'the weekend', '1991-W08-WE'],
    ['City face Manchester United in the FA Cup final at Wembley on Saturday.', '2024-05-20', 'Saturday', '2024-05-25'],
    ['City face Manchester United on Saturday.', '2024-05-20', 'Saturday', '2024-05-25'],
    ['Economists said they now expected the first cut in July, later than they had forecast in January.', '2025-03-20', 'July', '2025-07'],
    ['The mayor said the city expected the Danube to reach its highest level on Friday.', '2024-09-17', 'Friday', '2024-09-20'],
    ['Airbus confirmed its target of about 770 deliveries for the full year.', '2024-10-31', 'the full year', '2024'],
    ['Justice Juan Merchan had been due to rule on Tuesday on a defense motion.', '2024-11-13', 'Tuesday', '2024-11-12'],
    ['Analysts at Goldman Sachs said in a note on Wednesday that they expected Brent to average $76 next year.', '2024-12-05', 'Wednesday', '2024-12-04'],
    ['Officials plan for a halt in aid after he takes office in January.', '2024-11-20', 'January', '2025-01'],
    ['Forecasters warned of “critical fire weather conditions” in the area until at least Sunday night.', '2024-07-27', 'Sunday night', '2024-07-28TNI'],
    ['The leaders did not meet on Friday.', '2024-05-20', 'Friday', '2024-05-17'],
    ['Musk said Tesla would launch a robotaxi service in Austin, Texas, in June, and predicted growth.', '2025-01-30', 'June', '2025-06'],
    ['The initiative expired at midnight.', '2023-07-18', 'midnight', '2023-07-17T24:00'],
    ['Talks will resume at noon.', '2023-07-18', 'noon', '2023-07-18T12:00'],
    ['Manchester City Council’s planning committee on Tuesday approved plans.', '2024-04-17', 'Tuesday', '2024-04-16'],
    ['It ended at 9 o’clock in the evening.', '2023-02-09', '9 o’clock in the evening', '2023-02-09T21:00'],
    ['The father will leave at 4 in the morning.', '2000-04-05', '4 in the morning', '2000-04-06T04:00'],
    ['The pandemic of 2009-2010 was worse.', '2013-03-22', '2009', '2009'],
    ['The expedition of 1957-58 crossed it.', '2013-03-22', '58', '1958'],
    ['The report is due to be published in May.', '2013-03-22', 'May', '2013-05'],
    ['The match was postponed until Saturday.', '2013-03-22', 'Saturday', '2013-03-23'],
    ['“We will insist on a pause,” the envoy told the council on Tuesday.', '2024-01-18', 'Tuesday', '2024-01-16'],
    ['Crowds rallied Wednesday night.', '2000-01-07', 'Wednesday night', '2000-01-05TNI'],
    ['Talks broke off at noon Thursday.', '1998-02-13', 'noon Thursday', '1998-02-12T12:00'],
    ['Talks broke off at noon Thursday.', null, 'noon Thursday', 'PAST_REF'],
    ['The match was postponed until 15:00 GMT Saturday.', '2013-03-22', '15:00 GMT Saturday', '2013-03-23T15:00'],
    ['The probe could last until the end of the year.', '2024-05-02', 'the end of the year', '2024'],
    ['Prices rose in the first half of the year.', '2024-03-14', 'the first half of the year', '2024-H1'],
    ['Officials met over the weekend.', '1990-08-13', 'the weekend', '1990-W32-WE'],
    ['Crews expect hot, dry winds to return by the weekend.', '2023-08-15', 'the weekend', '2023-W33-WE'],
    ['Huang unveiled the next-generation platform in Taipei on Sunday.', '2024-06-05', 'Sunday', '2024-06-02'],
    ['The summit on April 24 and 25 will be held.', '1999-02-10', '25', '1999-04-25'],
    ['Talks run from May 3 to 5, 2024.', '1999-02-10', 'May 3', '2024-05-03'],
    ['Traders squared positions ahead of the weekend, which will bring rain.', '1989-10-30', 'the weekend', '1989-W44-WE'],
    ['He told a meeting the vote could happen as soon as August.', '2015-06-25', 'August', '2015-08'],
    ['She confirmed the vote would not take place before Christmas.', '2018-12-17', 'Christmas', '2018-12-25'],
    ['The invasion was to happen at 3:00 AM on February 16.', '2022-02-17', '3:00 AM', '2022-02-16T03:00'],
    ['Flu peaked by the end of year.', '2013-03-22', 'the end of year', '2013'],
    ['It plans to cut $1 billion from its budget this fiscal year.', '2013-03-22', 'this fiscal year', '2013'],
    ['It picked three companies for the program to run through June.', '2013-03-18', 'June', '2013-06'],
    ['The results of Wednesday’s talks will take a while to show.', '2017-04-13', 'Wednesday', '2017-04-12'],
    ['Sunday’s vote will be close.', '2017-04-13', 'Sunday', '2017-04-16'],
    ['Last Friday he left, and Last September he came.', '2023-11-16', 'Last Friday', '2023-11-10'],
    ['Last Friday he left, and Last September he came.', '2023-11-16', 'Last September', '2023-09'],
    ['The company employed 12,700 people as of March.', '2013-09-20', 'as of March', '2013-03'],
    ['The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', '1998-08-08', '10:35 a.m.', '1998-08-07T10:35'],
    ['It posted its first quarterly loss.', '2011-11-10', 'first quarter', undefined],
    ['Oil firms were told of a cutback in supply in September.', '1990-08-16', 'September', '1990-09'],
    ['They met in September.', '1990-10-16', 'September', '1990-09'],
    ['Ministers met in September.', '1990-08-16', 'September', '1989-09'],
    ['The carrier has been on patrol since March and is scheduled to return.', '1990-08-13', 'March', '1990-03'],
    ['Closing, which is expected in December, will pay $3,500.', '1989-11-02', 'December', '1989-12'],
    ['Xerox strengthened its cash position in the fourth quarter.', '2001-01-26', 'the fourth quarter', '2000-Q4'],
    ['The cuts will include managers, according to a memo shared by the chief on Friday.', '2024-10-13', 'Friday', '2024-10-11'],
    ['Dealers placed orders to start the first trading day for November transactions.', '1989-10-30', 'November', '1989-11'],
    ['People approved the politics endorsed through the silent revolution of 8 January.', '2015-08-18', '8 January', '2015-01-08'],
    ['The quake struck about 10.40 a.m. Sunday.', '2011-10-24', '10.40 a.m. Sunday', '2011-10-23T10:40'],
    ['On New Year’s Day, the family issued a statement but will continue to support him.', '2023-01-02', 'New Year’s Day', '2023-01-01'],
    ['Shops will close on Christmas Day.', '2023-01-02', 'Christmas Day', '2023-12-25'],
    ['In May, he cited weak orders for a fourth-quarter profit forecast.', '2012-07-24', 'fourth-quarter', '2012-Q4'],
    ['The company expects to return to profit in the third quarter.', '2001-01-26', 'the third quarter', '2001-Q3'],
    ['The vote is this coming Tuesday.', '2025-07-19', 'this coming Tuesday', '2025-07-22'],
    ['Anwar says an announcement is coming Tuesday.', '2025-07-19', 'coming Tuesday', '2025-07-22'],
    ['“Laura will reach the coast, and Texas by Thursday,” the centre said.', '2020-08-25', 'Thursday', '2020-08-27'],
    ['Laura is forecast to move inland on Thursday.', '2020-08-25', 'Thursday', '2020-08-27'],
    ['Intel employed 124,800 people as of December, according to filings.', '2024-11-01', 'as of December', '2023-12'],
    ['The plan takes effect as of December.', '2024-11-01', 'as of December', '2024-12'],
    ['A two-day summit opens Monday.', '2023-11-16', 'Monday', '2023-11-20'],
    ['The trial begins on Tuesday.', '2023-11-16', 'Tuesday', '2023-11-21'],
    ['In May, members turned down a raise.', '2025-06-12', 'May', '2025-05'],
    ['More rain was expected until Wednesday, the service warned.', '2024-08-19', 'Wednesday', '2024-08-21'],
    ['The town was cut off overnight on Saturday.', '2024-08-19', 'overnight', '2024-08-17TNI'],
    ['Winds had eased overnight, she said.', '2023-08-15', 'overnight', '2023-08-14TNI'],
    ['The road will be closed overnight.', '2023-08-15', 'overnight', '2023-08-15TNI'],
    ['He was signed from Molde in the summer.', '2024-10-07', 'the summer', '2024-SU'],
    ['Demand will stay weak well into the summer.', '2024-03-07', 'the summer', '2024-SU'],
    ['The setback would not affect the navigation launches scheduled for the autumn.', '2025-06-20', 'the autumn', '2025-FA'],
    ['Shares in Adidas rose, while rival Puma, which reports on Wednesday, gained 1%.', '2024-10-29', 'Wednesday', '2024-10-30'],
    ['Nvidia reports quarterly results on Wednesday.', '2024-10-29', 'Wednesday', '2024-10-30'],
    ['Heathrow will remain closed until 23:59 on Friday.', '2025-03-21', '23:59 on Friday', '2025-03-21T23:59'],
    ['People who were active on Twitter years ago came back.', '2024-11-14', 'years ago', 'PAST_REF'],
    ['Two weeks ago it rained.', '2024-11-14', 'Two weeks ago', '2024-W44'],
    ['The months from January to June 2024 were each the warmest on record.', '2025-01-10', 'January', '2024-01'],
    ['Prices rose from November to February 2024.', '2025-01-10', 'November', '2023-11'],
    ['Authorities ordered schools to stay closed on Monday.', '2024-09-08', 'Monday', '2024-09-09'],
    ['Netflix added 18.9 million subscribers in the last three months of 2024.', '2025-01-22', 'the last three months of 2024', '2024-Q4'],
    ['The effects of the storm could continue into the weekend.', '2024-05-11', 'the weekend', '2024-W19-WE'],
    ['The shop was closed on Monday.', '2024-09-08', 'Monday', '2024-09-02'],
    ['Media reports on Wednesday said he had resigned.', '2024-10-29', 'Wednesday', '2024-10-23'],
    ['Profit fell in the three months to March.', '2023-04-26', 'March', '2023-03'],
    ['Sales had doubled before May, and again after March.', '2023-08-26', 'May', '2023-05'],
    ['Since March, prices have doubled.', '2025-06-12', 'March', '2025-03'],
    ['Early May brought rain.', '2025-06-12', 'Early May', '2025-05'],
    ['I played my best tournament of the year.', '2024-12-13', 'the year', '2024'],
    ['For the year, pet food volume was flat.', '1989-11-02', 'the year', '1989'],
    ['The WHO lifted it in May of last year.', '2024-08-15', 'May of last year', '2023-05'],
    ['Russia fired missiles on Christmas morning.', '2024-12-26', 'Christmas morning', '2024-12-25TMO'],
    ['Milton came ashore at about 8:30 p.m. local time (0030 GMT) on Wednesday.', '2024-10-10', '8:30 p.m. local time', '2024-10-09T20:30'],
    ['Celebrations continue on Sunday with a concert.', '2024-11-09', 'Sunday', '2024-11-10'],
    ['The agency has given the relatives until 9 a.m. Tuesday to sign.', '2000-04-03', '9 a.m. Tuesday', '2000-04-04T09:00'],
    ['Supporters had gathered near the court since early morning.', '2025-04-04', 'early morning', '2025-04-04TMO'],
    ['The talks ended early in the evening.', '2025-04-04', 'early in the evening', '2025-04-04TEV'],
    ['The blast came at 4 a.m. local time on Wednesday.', '2024-11-28', '4 a.m. local time', '2024-11-27T04:00'],
    ['Organisers called for a march on State House on Thursday.', '2024-06-26', 'Thursday', '2024-06-27'],
    ['The UN called for a ceasefire on Monday.', '2024-06-26', 'Monday', '2024-06-24'],
    ['They launched on June 5 last year.', '2025-03-19', 'June 5 last year', '2024-06-05'],
    ['She died on the evening of 3 August last year.', '2025-02-14', '3 August last year', '2024-08-03'],
    ['Growth would slow in the September quarter.', '2025-07-31', 'the September quarter', '2025-Q3'],
    ['Microsoft reported fourth-quarter results that beat forecasts.', '2025-07-31', 'fourth-quarter', '2025-Q4'],
    ['Acme reported fourth-quarter results that beat forecasts.', '2025-02-05', 'fourth-quarter', '2024-Q4'],
    ['Poilievre conceded defeat shortly after midnight.', '2025-04-29', 'shortly after midnight', '2025-04-29T00:00'],
    ['Merz hoped to form a coalition by Easter.', '2025-02-24', 'Easter', '2025-04-20'],
    ['He greeted crowds on Easter Sunday.', '2025-04-21', 'Easter Sunday', '2025-04-20'],
    ['Last Easter he left.', '2025-02-24', 'Last Easter', '2024-03-31'],
    ['Shops closed on Good Friday.', '2024-04-02', 'Good Friday', '2024-03-29'],
    ['During Easter week the shops closed.', '2000-04-17', 'Easter week', '2000-W16'],
    ['The bank cut rates in February and May.', '2025-07-09', 'May', '2025-05'],
    ['The deposits formed about 3.5bn years ago.', '2025-02-27', 'about 3.5bn years ago', 'PAST_REF'],
    ['The walkout began at 12.01am Pacific time on Friday.', '2024-09-14', '12.01am Pacific time', '2024-09-13T00:01'],
    ['Orvex caught the returning booster of its rocket with a pair of giant mechanical arms on Sunday, a feat it hopes will make rockets reusable.', '2024-10-14', 'Sunday', '2024-10-13'],
    ['She said the bank had considered raising the rate to 22% and did not rule out another hike at its next meeting in December.', '2024-10-25', 'December', '2024-12'],
    ['The offer previously had been scheduled to expire at midnight Friday.', '1989-10-30', 'midnight Friday', '1989-10-27T24:00'],
    ['Sullivan and Wang met in Vienna in May and Malta in September.', '2023-10-27', 'September', '2023-09'],
    ['Game 5 is Sunday night in Boston.', '2010-06-11', 'Sunday night', '2010-06-13TNI'],
    ['Delays and violence marred the run-up to Saturday’s polls.', '2019-02-27', 'Saturday', '2019-02-23'],
    ['Biden and Trump swept the primaries, moving closer to a November rematch.', '2024-03-05', 'November', '2024-11'],
    ['It was the lowest volume since Christmas Eve 2013.', '2015-12-24', 'Christmas Eve 2013', '2013-12-24'],
    ['Shukr has directed the group’s attacks on Israel since Oct. 8, the statement said.', '2024-07-31', 'Oct. 8', '2023-10-08'],
    ['Officials issued a tsunami warning for Cocos Island and Christmas Island.', '2016-03-02', 'Christmas', undefined],
    ['He says his next steps in challenging the results of Saturday’s election will be revealed shortly.', '2019-02-27', 'Saturday', '2019-02-23'],
    ['Davis scored half of his 18 points in the fourth quarter as the Celtics won 96-89.', '2010-06-11', 'the fourth quarter', undefined],
    ['Profit rose 3 percentage points in the fourth quarter.', '2010-06-11', 'the fourth quarter', '2010-Q4'],
    ['The conference, originally set to end on Friday, ran on.', '2025-11-22', 'Friday', '2025-11-21'],
  ])('%s (published %s)', (text, published, expression, value) => {
    const t = tagTimex(text, published).find((x) => x.text === expression);
    expect(t?.value).toBe(value);
  });

  it('dates a day of "that year" in the year last named', () => {
    const a = analyse('Aceh was badly hit by the tsunami in 2004, when a quake opened a fault line on Dec 26 that year.', '2016-03-02');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['2004', '2004'], ['Dec 26 that year', '2004-12-26']]);
  });

  it('dates nothing by a part of the day or a weekday that opens a body’s name', () => {
    const a = analyse('Wukela gave his reasons in a Sunday guest column in the Morning News. The Sunday Times reported it on Monday.', '2020-09-29');
    expect(a.events.map((e) => e.text)).toEqual(['Sunday', 'Monday']);
  });

  it('dates a clock in GMT that glosses a local one across midnight, forward or back as the hours say', () => {
    const value = (body: string, text: string) => analyse(body, '2016-09-01').events.find((e) => e.text === text)?.value;
    expect(value('Winds reached 80 mph at 8pm (0000 GMT), the center said.', '0000 GMT')).toBe('2016-09-02T00:00');
    expect(value('The quake struck at 7 a.m. (2200 GMT), officials said.', '2200 GMT')).toBe('2016-08-31T22:00');
    expect(value('The quake struck at 10 a.m. (0700 GMT), officials said.', '0700 GMT')).toBe('2016-09-01T07:00');
  });

  it('dates a quote’s "today", reported in the past with no day of its own, by the day the first paragraph tells of', () => {
    const a = analyse('A dek.\nThe Fed cut its rate on Wednesday.\nPowell said: “Our decision today is designed to keep it there.”\n“We start today,” she says.', '2024-09-19');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Wednesday', '2024-09-18'], ['today', '2024-09-18'], ['today', '2024-09-19']]);
    // (Not a day more than a week before publication.)
    expect(analyse('A dek.\nThe Fed cut its rate on September 18.\nPowell said: “Our decision today is right.”', '2024-09-30').events.map((e) => e.value)).toEqual(['2024-09-18', '2024-09-30']);
  });

  it('dates "hours later" by the day last named, past a clock time whose day is still to be found, and not what did not happen', () => {
    const a = analyse('The first quake struck on Monday. A second hit at 4.17am, and a third struck about nine hours later. ' +
      'Had it happened five hours earlier, more would have died. Just hours later, rescuers arrived.', '2023-02-07');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Monday', '2023-02-06'], ['4.17am', '2023-02-06T04:17'],
      ['about nine hours later', '2023-02-06'], ['hours later', '2023-02-06']]);
  });

  it('dates a quote’s “today” by the day the words after it say it was said, within the week before publication', () => {
    const a = analyse('“Today, the people have voted for our values,” Albanese told supporters late on Saturday night. “We won today,” she said. ' +
      '“Today we remember,” he said, recalling the attack on 7 October 2023.', '2025-05-04');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Today', '2025-05-03'], ['Saturday night', '2025-05-03TNI'], ['today', '2025-05-04'],
      ['Today', '2025-05-04'], ['7 October 2023', '2023-10-07']]);
  });

  it('dates “the next morning” after a month by no day a paragraph before named', () => {
    const a = analyse('It was ruled on Tuesday.\nShe left a folder on a train in February last year. It was returned to her the next morning.', '2024-10-23');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Tuesday', '2024-10-22'], ['February last year', '2023-02']]);
  });

  it('takes a season somewhere else for no date', () => {
    expect(tagTimex('The rover went into hibernation during the Martian winter.', '2025-02-27')).toEqual([]);
  });

  it('dates nothing by a year that is part of an event’s name', () => {
    const a = analyse('Spain won Euro 2024 on Sunday, and Italy had won Euro 2020 in 2021.', '2024-07-15');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Sunday', '2024-07-14'], ['2021', '2021']]);
  });

  it('dates "by the evening" by the day the sentence names', () => {
    const a = analyse('Storm Bert caused flooding on Sunday, with 200 warnings in place by the evening.', '2024-11-25');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Sunday', '2024-11-24'], ['the evening', '2024-11-24TEV']]);
  });

  it('dates "the previous day" from the last day named, past a month named in passing, and no day a crash is named after', () => {
    const a = analyse('The Nikkei jumped on Tuesday, its biggest gain since October 2008, after a plunge the previous day, the steepest since the Black Monday crash of 1987.', '2024-08-06');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Tuesday', '2024-08-06'], ['October 2008', '2008-10'], ['the previous day', '2024-08-05'], ['1987', '1987']]);
  });

  it('dates a clock time by the day of the thing the sentence before tells, not of what it answered', () => {
    const a = analyse('Israel struck Iran early on Saturday, in retaliation for the missiles Tehran fired at Israel on October 1. Explosions were heard from about 2am local time.', '2024-10-26');
    expect(a.events.map((e) => e.value)).toEqual(['2024-10-26', '2024-10-01', '2024-10-26T02:00']);
  });

  it('dates a clock time by the day the sentence before named, not a month after it, and the next clock time by it in turn', () => {
    const a = analyse('Lava reached the town on Sunday, which was evacuated in November. The eruption began shortly before 8am. A fissure opened around midday.', '2024-01-15');
    expect(a.events.map((e) => e.value)).toEqual(['2024-01-14', '2023-11', '2024-01-14T08:00', '2024-01-14T12:00']);
  });

  it('dates "a month earlier" from the month reported on, not from a month compared with or one a state lasted since', () => {
    const a = analyse('Prices rose 2.6% in October, up from 2.4% in September. Core inflation held, unchanged since August. Prices rose 0.2% from a month earlier.', '2024-11-13');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['October', '2024-10'], ['September', '2024-09'], ['August', '2024-08'], ['a month earlier', '2024-09']]);
  });

  it('dates "the previous month" from the month the sentence names, not from the publication date', () => {
    const a = analyse('Consumer prices rose 8.8% in April, down from 11% the previous month.', '2024-05-24');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['April', '2024-04'], ['the previous month', '2024-03']]);
  });

  it('dates no game’s quarter', () => {
    const a = analyse('Kicker Jake Moody had an extra point blocked in the third quarter. Profit rose in the third quarter.', '2024-02-12');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['the third quarter', '2024-Q3']]);
    expect(a.events[0]!.start).toBeGreaterThan(a.paragraphs.find((p) => p.text.startsWith('Kicker'))!.text.indexOf('Profit'));
  });

  it('dates "the previous quarter" a quarter before the one the article reports, across a year', () => {
    const a = analyse('Profit rose in the first quarter. AI added 8 points, up from 7 points in the previous quarter.', '2024-04-30');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['the first quarter', '2024-Q1'], ['the previous quarter', '2023-Q4']]);
  });

  it('dates a time of day by the day a thing happened, not the day it was reported', () => {
    const a = analyse('An earthquake struck Morocco late on Friday, killing 2,000 people, the ministry said on Saturday. The quake hit at 11:11 pm local time.', '2023-09-10');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Friday', '2023-09-08'], ['Saturday', '2023-09-09'], ['11:11 pm local time', '2023-09-08T23:11']]);
  });

  it('counts days from the last day named, past a month named in passing', () => {
    const a = analyse('The Nikkei surged on Tuesday, its biggest gain since October 2008, after a plunge a day earlier.', '2024-08-06');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Tuesday', '2024-08-06'], ['October 2008', '2008-10'], ['a day earlier', '2024-08-05']]);
  });

  it('keeps a counted year at the precision of the date it counts from', () => {
    const a = analyse('Consumer prices rose 8.6% in September compared with a year earlier.', '2024-10-26');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['September', '2024-09'], ['a year earlier', '2023-09']]);
  });

  it('takes a season’s name for no date where it describes a thing, nor “the fall of” a wall', () => {
    expect(tagTimex('A winter storm hit. Crowds marked years since the fall of the Berlin Wall. The Summer Olympics open.', '2024-11-09')).toEqual([]);
    expect(tagTimex('He qualified as an instructor in winter warfare. The summer internships are paid.', '2024-11-09')).toEqual([]);
  });

  it('takes “the year” for no date in an award’s name or a year named after it', () => {
    expect(tagTimex('She won album of the year. For the year ended June 30, income fell. It was the year he was born.', '2024-02-05')
      .map((t) => t.text)).toEqual(['June 30']);
  });

  it('dates “that spring” and “later that summer” to the year last named', () => {
    const a = analyse('He stopped the advance in 2022. He led the defense that spring. Later that summer he left.', '2024-02-09');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['2022', '2022'], ['that spring', '2022-SP'], ['Later that summer', '2022-SU']]);
  });

  it('takes no month inside a person’s name for a date', () => {
    const a = analyse('The talks, said Theresa May, were hard. They ended in May.');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['May', '2023-05']]);
  });

  it('dates a day named again without its year as the text dated it before, and takes no span of hours for a date', () => {
    const a = analyse('Hamas attacked on 7 October 2023. Some 251 hostages were taken on 7 October. Nine died in the past 24 hours.', '2024-11-29');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['7 October 2023', '2023-10-07'], ['7 October', '2023-10-07']]);
  });

  it('dates a clock time with no day of its own by the day the text just named, else by the publication date', () => {
    const a = analyse('The jet collided with a helicopter on Wednesday night.\nIt struck the helicopter at about 8:48 p.m.\nCity officials will brief reporters today.\n' +
      'Officials had met at 3 p.m.', '2025-01-31');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Wednesday night', '2025-01-29TNI'], ['8:48 p.m.', '2025-01-29T20:48'], ['today', '2025-01-31'],
      ['3 p.m.', '2025-01-31T15:00']]);
    expect(analyse('Officials met at 3 p.m.', '2025-01-31').events.map((e) => e.value)).toEqual(['2025-01-31T15:00']);
  });

  it('takes no "tomorrow" for a date in "the stars of tomorrow"', () => {
    expect(analyse('She inspired the stars of tomorrow.').events).toEqual([]);
  });

  it('takes no "now" for a date where it says what someone has since become', () => {
    expect(analyse('The trial of now-President-elect Ana Silva ended.').events).toEqual([]);
  });

  it('takes no count of people or homes for a year', () => {
    const a = analyse('It ignored the views of 2000 people and 1500 homes, as in the 2000 elections.');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['2000', '2000']]);
  });

  it('adds no anniversary event where the text dates the event itself', () => {
    const a = analyse('Obama gave a speech Monday marking the fifth anniversary of the 2008 economic collapse.', '2013-09-18');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Monday', '2013-09-16'], ['2008', '2008']]);
  });

  it('dates an anniversary’s event N years back, with its summary and entities', () => {
    const a = analyse('On Monday Poland marked the 35th anniversary of the fall of the Berlin Wall.', '2024-11-11');
    const ev = a.events.find((e) => e.value === '1989');
    expect(ev?.summary).toBe('Fall of the Berlin Wall');
  });

  it('dates "earlier in the day" by the day the text just named', () => {
    const a = analyse('Zelensky spoke on Tuesday. Earlier in the day, Biden urged leaders to stand with Kiev.', '2023-09-20');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Tuesday', '2023-09-19'], ['Earlier in the day', '2023-09-19']]);
  });

  it('takes “the future of” something for no time, but the near future for one', () => {
    expect(analyse('We must protect the future of the country. In the near future, it will change.', '2024-11-12').events.map((e) => e.text)).toEqual(['the near future']);
  });

  it('takes no programme’s name for a date', () => {
    expect(tagTimex('Kurtz told NBC’s Today show he was sorry.', '2024-07-20')).toEqual([]);
  });

  it('counts days from the last day the text named when the last date named is a year in passing', () => {
    const a = analyse('Spain won on Sunday. Southgate, whose side also lost the final in 2021, resigned two days later.', '2024-07-15');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['Sunday', '2024-07-14'], ['2021', '2021'], ['two days later', '2024-07-16']]);
    // (With no day named before, a year's "two days later" stays undated.)
    expect(analyse('He lost the final in 2021 and resigned two days later.', '2024-07-15').events.map((e) => e.text)).toEqual(['2021']);
  });

  it('counts "the following year", "the next morning", "later that year" from the last date the text named', () => {
    const a = analyse('He was promoted on May 22, 1995, and the following year he became minister. He was arrested on 3 May 1998. ' +
      'The next morning he was freed, and he left later that year. The day before the trial, he spoke.', '2000-02-24');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([
      ['May 22, 1995', '1995-05-22'], ['the following year', '1996'], ['3 May 1998', '1998-05-03'],
      ['The next morning', '1998-05-04TMO'], ['later that year', '1998'],
    ]);
    const counted = analyse('He was elected in 2020 and re-elected four years later. Talks began on 14 May 2021; a week earlier he had warned, and two days later they stalled.', '2023-11-16');
    expect(counted.events.map((e) => [e.text, e.value])).toEqual([
      ['2020', '2020'], ['four years later', '2024'], ['14 May 2021', '2021-05-14'], ['a week earlier', '2021-05-07'], ['two days later', '2021-05-16'],
    ]);
    // A month of the year last named, and a day of the month last named, which day unsaid.
    const month = analyse('A package was approved in December 2022. Since the escalation in February of that year, aid has grown. ' +
      'A doctor was killed last October. His name was crossed out that same day.', '2024-04-24');
    expect(month.events.map((e) => [e.text, e.value])).toEqual([
      ['December 2022', '2022-12'], ['February of that year', '2022-02'], ['last October', '2023-10'], ['that same day', '2023-10-XX'],
    ]);
    // With no date named before, nothing to count from.
    expect(analyse('Later that year he left.', '2000-02-24').events).toEqual([]);
    // "over the last year" is a span, not last year.
    expect(analyse('Consumer prices have soared 6.2% over the last year.', '2021-11-14').events).toEqual([]);
    // "5-8 years earlier than" compares ages; it dates nothing.
    expect(analyse('Data ran from 1996-2016. Screening may begin 5-8 years earlier than the relative’s age.', '2022-10-22').events.map((e) => e.text)).toEqual(['1996', '2016']);
  });

  it('dates “last quarter” by the article’s calendar quarter, and a fourth quarter forecast in January as the one just ended', () => {
    expect(analyse('Samsung on Wednesday forecast a smaller-than-expected rise in fourth-quarter operating profit. It apologised to investors last quarter.', '2025-01-08')
      .events.map((e) => [e.text, e.value])).toEqual([['Wednesday', '2025-01-08'], ['fourth-quarter', '2024-Q4'], ['last quarter', '2024-Q4']]);
  });

  it('dates a clock time by the day things happened, past a sentence that names only the day they were reported', () => {
    expect(analyse('A jet collided with a helicopter on Wednesday night. There were no survivors, officials said on Thursday.\nThe jet was landing at about 8:48 p.m. when it struck.', '2025-01-31')
      .events.map((e) => [e.text, e.value])).toEqual([['Wednesday night', '2025-01-29TNI'], ['Thursday', '2025-01-30'], ['8:48 p.m.', '2025-01-29T20:48']]);
  });

  it('dates a weekday something was said in a filing with a body, in a sentence about what will be, in the past', () => {
    expect(analyse('The cuts will be largely completed by the end of the year, Intel said in a filing with the Securities and Exchange Commission on Tuesday.', '2024-10-16')
      .events.map((e) => [e.text, e.value])).toEqual([['the end of the year', '2024'], ['Tuesday', '2024-10-15']]);
  });

  it('dates a quote’s “today” by the day the paragraph before told of, when the story’s opening names none', () => {
    expect(analyse('The decision was finely balanced\nThe Bank of England has cut interest rates for the first time in four years.\nThe committee voted 5-4 for the cut on Thursday. Four members voted to hold.\n' +
      '“We have been able to cut interest rates today,” Bailey said.', '2024-08-02').events.map((e) => [e.text, e.value]))
      .toEqual([['Thursday', '2024-08-01'], ['today', '2024-08-01']]);
  });

  it('dates a GMT gloss with no day of its own as the clock it glosses, by the day the text named', () => {
    expect(analyse('Prevost was elected pope on Thursday. White smoke rose at 6:07 p.m. (1607 GMT) on the second day of the conclave.', '2025-05-09')
      .events.map((e) => [e.text, e.value])).toEqual([['Thursday', '2025-05-08'], ['6:07 p.m.', '2025-05-08T18:07'], ['1607 GMT', '2025-05-08T16:07']]);
  });

  it('dates a quote’s “today” in a sentence that is only the quote, going on from one reported in the past, by the day the story opens on', () => {
    expect(analyse('Sweden formally joined NATO on Thursday.\n“Good things come to those who wait,” Blinken said. “Sweden is a safer country today.”', '2024-03-08')
      .events.map((e) => [e.text, e.value])).toEqual([['Thursday', '2024-03-07'], ['today', '2024-03-07']]);
  });

  it('keeps the day things happened past a day something was said late on', () => {
    expect(analyse('Workers went on strike early on Friday.\nMembers voted to strike, the union said late on Thursday. The walkout began at 12:01 a.m. Pacific time.', '2024-09-13')
      .events.map((e) => [e.text, e.value])).toEqual([['Friday', '2024-09-13'], ['Thursday', '2024-09-12'], ['12:01 a.m. Pacific time', '2024-09-13T00:01']]);
  });

  it('counts “a year earlier” from the month reported, not from the month it is compared with', () => {
    expect(analyse('Egg prices rose 15.2% last month from December and were up 53% from a year earlier.', '2025-02-14').events.map((e) => [e.text, e.value]))
      .toEqual([['last month', '2025-01'], ['December', '2024-12'], ['a year earlier', '2024-01']]);
  });

  it('dates a month ahead by which something must happen', () => {
    expect(analyse('Trudeau resigned in January. A general election must be held by October.', '2025-01-07').events.map((e) => [e.text, e.value]))
      .toEqual([['January', '2025-01'], ['October', '2025-10']]);
  });

  it('dates a GMT gloss by the day of the clock it glosses, before the bracket', () => {
    expect(analyse('The capsule touched down at 12:01 a.m. EDT on Saturday (0401 GMT), NASA said.', '2024-09-08').events.map((e) => [e.text, e.value]))
      .toEqual([['12:01 a.m. EDT on Saturday', '2024-09-07T00:01'], ['0401 GMT', '2024-09-07T04:01']]);
  });

  it('dates the month a forecast quarter ends in ahead, past the figures forecast', () => {
    expect(analyse('Nvidia expects revenue of $32.5 billion, plus or minus 2%, for the quarter ending in October.', '2024-08-28').events.map((e) => e.value)).toEqual(['2024-10']);
  });

  it('points "the quarter" and "a year earlier" at the quarter the article reports', () => {
    const a = analyse('Acme posted third-quarter profit of $5 million. Sales in the latest quarter rose 4%, and profit was $3 million a year earlier.', '1989-11-02');
    expect(a.events.map((e) => [e.text, e.value])).toEqual([['third-quarter', '1989-Q3'], ['the latest quarter', '1989-Q3'], ['a year earlier', '1988-Q3']]);
    // The quarter named earlier in the same sentence counts too.
    expect(analyse('Revenue in the first quarter tripled from a year earlier.', '2024-06-05').events.map((e) => e.value)).toEqual(['2024-Q1', '2023-Q1']);
    // A date named before does not give "a year earlier" a second reading.
    expect(analyse('In the first quarter that ended Dec. 27, profit rose. In the period a year earlier, it fell.', '2009-01-22').events
      .filter((e) => e.text === 'a year earlier').map((e) => e.value)).toEqual(['2008-Q1']);
    // With no quarter named before, "the quarter" dates nothing.
    expect(analyse('Sales in the quarter rose.', '1989-11-02').events).toEqual([]);
  });
});
