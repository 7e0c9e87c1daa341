import { describe, expect, it } from 'vitest';
import { extractByline } from '../../../src/lib/ingest/extract-byline.ts';
import { deriveTitle, extractTitle } from '../../../src/lib/ingest/extract-title.ts';
import { findPeople } from '../../../src/lib/ingest/find-people.ts';
import { recognizeOutlet } from '../../../src/lib/ingest/recognize-outlet.ts';
import { findExcerpt, findQuotations } from '../../../src/lib/ingest/analyse-body.ts';
import { buildBodyTree } from '../../../src/lib/ingest/build-body.ts';
import { context } from '../../support/seeds.ts';

describe('extractTitle', () => {
  it('takes the headline under a date line, which stays in the text for dating', () => {
    expect(extractTitle(['11 May 2015', 'At Russia’s Parade, Putin and Xi Cement Ties', 'By Shannon Tiezzi', 'Text.'])).toEqual({
      title: 'At Russia’s Parade, Putin and Xi Cement Ties',
      derived: false,
      rest: ['11 May 2015', 'By Shannon Tiezzi', 'Text.'],
    });
  });

  it('takes the headline under a byline, which stays in the text for its author', () => {
    const byline = 'Published by Virginia Martínez Verified by 23 de octubre, 2024';
    expect(extractTitle([byline, 'Putin praises ties with Xi at BRICS', 'Text.'])).toEqual({
      title: 'Putin praises ties with Xi at BRICS',
      derived: false,
      rest: [byline, 'Text.'],
    });
  });

  it('takes a short first line as the headline', () => {
    expect(extractTitle(['Putin and Xi meet in Astana', 'The two leaders met on Wednesday.'])).toEqual({
      title: 'Putin and Xi meet in Astana',
      derived: false,
      rest: ['The two leaders met on Wednesday.'],
    });
  });

  it('derives a title from the main clause when the page starts with prose', () => {
    const first =
      'A day after Taiwan warned of harm, Kremlin spokesman Dmitry Peskov said Russia does not seek to lead the world, but others do.';
    const result = extractTitle([first, 'More text follows here.']);
    expect(result.derived).toBe(true);
    expect(result.title).toBe('Kremlin spokesman Dmitry Peskov said Russia does not seek to lead the world');
    expect(result.rest[0]).toBe(first);
  });

  it('shortens a long derived title with an ellipsis', () => {
    expect(
      deriveTitle(
        'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.',
      ),
    ).toMatch(/eighteen…$/);
  });
});

describe('extractByline', () => {
  it('reads a byline printed after the time and date, and the paper it credits as the agency', () => {
    const line = '15:00, October 23, 2024 By Xu Wei and Ren Qi ( China Daily';
    expect(extractByline([line, 'President Xi Jinping met Putin.'])).toMatchObject({
      author: 'Xu Wei and Ren Qi',
      rest: ['President Xi Jinping met Putin.'],
    });
    const text = `Xi, Putin meet\n\n${line}\n\nPresident Xi Jinping met Putin.`;
    expect(recognizeOutlet(text, { url: 'http://en.people.cn/n3/2024/1023/c90000-1.html' }, context.outlets)).toMatchObject({
      agency: 'china-daily',
    });
  });

  it('reads the author and the date of "By name // date"', () => {
    expect(extractByline(['By richardbrown // 2024-07-10', 'Text.'])).toMatchObject({
      author: 'richardbrown',
      date: '2024-07-10',
      rest: ['Text.'],
    });
  });

  it('reads "Published by Jane Doe Verified by …"', () => {
    const line = 'Published by Virginia Martínez Verified by 23 de octubre, 2024';
    expect(extractByline(['Putin stresses his alliance with Xi', line, 'Text.']).author).toBe('Virginia Martínez');
  });

  it('leaves out the separator a theme prints after the name ("By Jane Doe  •")', () => {
    expect(extractByline(['Putin and Xi meet', 'By Jane Doe  • ', 'Text.']).author).toBe('Jane Doe');
  });

  it('reads every writer of a byline that lists them with commas, but not the outlet or desk after them', () => {
    const listed = extractByline(['Putin hails ties', 'By Simone McCarthy, Nectar Gan, Darya Tarasova, CNN', 'Text.']);
    expect(listed.author).toBe('Simone McCarthy, Nectar Gan, Darya Tarasova');
    expect(extractByline(['Putin hails ties', 'By Jim Heintz, Associated Press', 'Text.']).author).toBe('Jim Heintz');
  });

  it('reads "By Jane Doe in Berlin" as Jane Doe, filing from Berlin', () => {
    expect(extractByline(['Putin, Xi hold talks', 'By Ben Aris in Berlin', 'Xi met Putin.'])).toMatchObject({
      author: 'Ben Aris',
      rest: ['Putin, Xi hold talks', 'Xi met Putin.'],
    });
  });

  it('reads a byline followed by the age of the page ("Faizan Hashmi 2 minutes ago Fri 28th June 2019")', () => {
    const byline = 'Faizan Hashmi 2 minutes ago Fri 28th June 2019 | 10:40 AM';
    expect(extractByline(['Putin, Xi talk in Osaka', byline, 'OSAKA - Putin met Xi.'])).toMatchObject({
      author: 'Faizan Hashmi',
      rest: ['Putin, Xi talk in Osaka', 'OSAKA - Putin met Xi.'],
    });
  });

  it('reads a byline set after a dash ("- By Jane Doe"), labelled "Published By:", under "Written By", or joining names with "And"', () => {
    expect(
      extractByline(['Putin extends warm welcome to Xi', '- By Vladimir Isachenkov', 'MOSCOW — Putin met Xi.']),
    ).toMatchObject({
      author: 'Vladimir Isachenkov',
    });
    expect(extractByline(['Putin, Xi ink pipeline deal', 'Published By: Zubair Amin', 'Putin met Xi.'])).toMatchObject({
      author: 'Zubair Amin',
    });
    expect(
      extractByline(['Putin heads to China', 'MOSCOW (AP) — Putin flies to Beijing.', 'Written By', 'VLADIMIR ISACHENKOV']),
    ).toMatchObject({
      author: expect.stringMatching(/^Vladimir Isachenkov$/i),
      rest: ['Putin heads to China', 'MOSCOW (AP) — Putin flies to Beijing.'],
    });
    const capitalAnd = extractByline([
      'Xi meets Putin',
      'By Emily Wang Fujiyama And Joe Mcdonald in Beijing',
      'BEIJING (AP) — Xi met Putin.',
    ]);
    expect(capitalAnd.author).toMatch(/^Emily Wang Fujiyama and Joe Mcdonald$/i);
  });

  it('reads a name on a line of its own when the outlet or the stamp follows it, under a desk’s byline too', () => {
    const isOutlet = (line: string) => ['The Times', 'The New York Times'].includes(line);
    expect(
      extractByline(['Roger Boyes', 'The Times', 'For decades China and Russia were at loggerheads.'], isOutlet),
    ).toMatchObject({
      author: 'Roger Boyes',
      rest: ['The Times', 'For decades China and Russia were at loggerheads.'],
    });
    expect(extractByline(['Topic | Xi Jinping', 'Liu Zhen', 'Published: 6:41pm, 15 Jun, 2019', 'Text.'], isOutlet).author).toBe(
      'Liu Zhen',
    );
    expect(extractByline(['Duterte sets meeting', 'Lynda Jumilla,', 'The Times', 'Text.'], isOutlet).author).toBe(
      'Lynda Jumilla',
    );
    expect(extractByline(['by Team FNVA', 'Jane Perlez', 'The New York Times', 'Text.'], isOutlet)).toMatchObject({
      author: 'Jane Perlez',
      rest: ['The New York Times', 'Text.'],
    });
    // A name line needs what signs it off: a headline of two names does not.
    expect(extractByline(['Vladimir Putin', 'Xi Jinping met Putin in Moscow.'], isOutlet).author).toBeNull();
    expect(extractByline(['By The Associated Press', 'Published 4:12 PM', 'Text.'], isOutlet).author).not.toBe(
      'By The Associated Press',
    );
  });

  it('reads the reporter a Chinese agency credits after its dateline, and keeps the paragraph', () => {
    const lead = 'China News Agency, Beijing, June 5 (Reporter Guo Jinchao) On the morning of 5 June, Xi left for Moscow.';
    expect(extractByline(['Xi leaves for Russia', lead])).toMatchObject({
      author: 'Guo Jinchao',
      rest: ['Xi leaves for Russia', lead],
    });
  });

  it('leaves a text without a byline as it is', () => {
    expect(extractByline(['Text.'])).toMatchObject({ author: null, date: null, rest: ['Text.'] });
  });

  it.each([
    ['By Mei Manuel, June 09, 2018 03:06 AM', 'Mei Manuel'],
    ['Author:Randy Hahn', 'Randy Hahn'],
    ['Mohammad Ali (@ChaudhryMAli88) 5 minutes ago Wed 19th May 2021 | 03:12 PM', 'Mohammad Ali'],
    ['Muhammad Irfan Published February 24, 2025 | 04:00 PM', 'Muhammad Irfan'],
    ['Rozane Oliveira- Special for the Mail', 'Rozane Oliveira'],
    ['By JANE DOE', 'JANE DOE'],
    ['Sumaira FH Published February 04, 2022 | 04:10 PM', 'Sumaira FH'],
    ['By Xu Wei and Ren Qi (China Daily)', 'Xu Wei and Ren Qi'],
  ])('reads the author of "%s"', (line, author) => {
    expect(extractByline(['Advertisement', line, 'Text of the story.'])).toMatchObject({
      author,
      rest: ['Advertisement', 'Text of the story.'],
    });
  });

  it('takes the name of a byline glued to the dateline and leaves the story', () => {
    const result = extractByline(['By Alexei Anishchuk SHANGHAI (Reuters) - China and Russia signed a deal.']);
    expect(result).toMatchObject({ author: 'Alexei Anishchuk', rest: ['SHANGHAI (Reuters) - China and Russia signed a deal.'] });
  });

  it.each(['By Web Desk', 'By Agencies', 'Team upday Published May 8, 2025', 'By Staff Correspondent'])(
    'names no author for the placeholder "%s"',
    (line) => {
      expect(extractByline([line, 'Text.']).author).toBeNull();
    },
  );

  it('does not take a page’s "Short Url" button over its stamp for a byline', () => {
    expect(extractByline(['Short Url', 'Updated 13 September 2024', 'Text.']).author).toBeNull();
  });

  it('does not take a sentence for a byline', () => {
    expect(extractByline(['By Friday, the two leaders had met twice, officials said.']).author).toBeNull();
    expect(extractByline(['Putin Published a decree on Friday.']).author).toBeNull();
  });
});

describe('findPeople', () => {
  it('finds people by name, alias and known mistranslation, in order of appearance', () => {
    expect(findPeople('Mr Shai told Mr Poutine that Yuri Ushkov agreed.', context.people)).toEqual([
      'xi-jinping',
      'vladimir-putin',
      'yuri-ushakov',
    ]);
  });

  it('does not find "Xi" inside another word', () => {
    expect(findPeople('Xinhua reported that Lavrov spoke.', context.people)).toEqual(['sergey-lavrov']);
  });

  it('finds a long name in any case, but not a short one', () => {
    expect(findPeople('lavrov discussed russian president vladimir putin’s visit.', context.people)).toEqual([
      'sergey-lavrov',
      'vladimir-putin',
    ]);
    expect(findPeople('The xi of the equation.', context.people)).toEqual([]);
  });

  it('finds both names joined by a hyphen ("Xi-Putin talks")', () => {
    expect(findPeople('Following Xi-Putin talks, a memorandum was signed.', context.people)).toEqual([
      'xi-jinping',
      'vladimir-putin',
    ]);
  });

  it('finds a full name glued to a short word after it, but not a longer name it begins', () => {
    expect(findPeople('Talks with Russian President Vladimir Putinand a dinner.', context.people)).toEqual(['vladimir-putin']);
    expect(findPeople('They also speak to Wang Yiwei, a professor.', context.people)).toEqual([]);
  });
});

describe('recognizeOutlet', () => {
  it('names the aggregator in the address as the outlet and the agency whose marker is in the text as its source', () => {
    const result = recognizeOutlet('July 4 (UPI) -- text', { url: 'http://lite.dailyadvent.com/detail/x' }, context.outlets);
    expect(result).toEqual({ outlet: 'daily-advent', agency: 'upi', proposed: null, review: [] });
  });

  it('asks for the agency of an aggregator’s copy that credits none', () => {
    const result = recognizeOutlet('Putin met Xi.', { url: 'http://lite.dailyadvent.com/detail/x' }, context.outlets);
    expect(result).toMatchObject({ outlet: 'daily-advent', agency: null });
    expect(result.review[0]).toMatch(
      /daily-advent is an aggregator and the text credits no agency: .* add `agency:` to a sidecar/,
    );
  });

  it('takes the credited agency for the outlet when there is no address', () => {
    expect(recognizeOutlet('MOSCOW, May 8. /TASS/. text', {}, context.outlets)).toMatchObject({ outlet: 'tass', agency: null });
  });

  it('takes the outlet from the address when the text has no marker', () => {
    expect(recognizeOutlet('plain text', { url: 'https://www.republicworld.com/a' }, context.outlets).outlet).toBe(
      'republic-world',
    );
  });

  it('does not take a look-alike domain for a known outlet, and proposes an entry for it instead', () => {
    const result = recognizeOutlet('plain text', { url: 'https://notrt.com/a' }, context.outlets);
    expect(result.outlet).toBe('notrt');
    expect(result.proposed).toEqual({ id: 'notrt', name: 'Notrt', url: 'https://notrt.com', source: 'the address' });
    expect(result.review[0]).toMatch(/Notrt is a new outlet, named from the address: check content\/outlets\/notrt\.md/);
  });

  it('names a new site as the page states it, then as its text spells it', () => {
    const stated = recognizeOutlet('text', { url: 'https://www.eaglenews.ph/?p=1', siteName: 'Eagle News' }, context.outlets);
    expect(stated.proposed).toMatchObject({ id: 'eagle-news', name: 'Eagle News', source: 'page metadata' });
    const spelled = recognizeOutlet('Copyright © Eagle News 2024. text', { url: 'https://eaglenews.ph/?p=1' }, context.outlets);
    expect(spelled.proposed).toMatchObject({ id: 'eagle-news', name: 'Eagle News', source: 'the text' });
    const glued = recognizeOutlet('Iran PressEurope: text', { url: 'https://iranpress.com/x' }, context.outlets);
    expect(glued.proposed?.name).toBe('Iran Press');
    // The fullest form printed, with the words a name goes on with after the address's letters.
    const fuller = recognizeOutlet(
      'Daily Webangah digest. Tehran, webangah News Agency, citing Mehr, reported the talks.',
      { url: 'https://webangah.ir/x' },
      context.outlets,
    );
    expect(fuller.proposed).toMatchObject({ name: 'Webangah News Agency', source: 'the text' });
    // A masthead line that leaves off the address's last word; in the story's prose it would not count.
    const url = 'https://tfiglobalnews.com/2024/x';
    const masthead = recognizeOutlet('TFIGlobal\nPutin meets Xi\nText.', { url }, context.outlets);
    expect(masthead.proposed).toMatchObject({ name: 'TFIGlobal', source: 'the text' });
    const prose = recognizeOutlet('Putin meets Xi\nAs TFIGlobal wrote, the talks went well.', { url }, context.outlets);
    expect(prose.proposed).toMatchObject({ name: 'Tfiglobalnews', source: 'the address' });
  });

  it.each([
    ['https://thechinaproject.com/2018/06/08/x', 'The China Project'],
    ['https://russiainblogs.blogspot.com/2015/07/x.html', 'Russia in Blogs'],
    ['https://www.hotsrq.com/x', 'Hotsrq'],
    ['https://rumble.com./v2e17dc-x.html', 'Rumble'],
    ['https://finance.nine.com.au/business-news/x', 'Nine'],
    ['https://theduran.com/x', 'The Duran'],
    ['https://globalmarkets.news/x', 'Global Markets News'],
    ['https://bimba-news.in.ua/en/news/x', 'Bimba News'],
    ['https://worldnewsdaily.pages.dev/world/x', 'World News Daily'],
    ['https://examplenews-testslot.azurewebsites.net/article/x', 'Example News'],
  ])('names the unknown site of %s from its address as %j', (url, name) => {
    expect(recognizeOutlet('text', { url }, context.outlets).proposed).toMatchObject({ name, source: 'the address' });
  });

  it('credits the agency a copy names, and names the site that published it', () => {
    const copy = recognizeOutlet('MOSCOW, Russia (Reuters) — text', { url: 'https://eaglenews.ph/?p=1' }, context.outlets);
    expect(copy).toMatchObject({ outlet: 'eagle-news', agency: 'reuters' });
    const closing = recognizeOutlet('Putin met Xi.\n— Xinhua\n', { url: 'https://example.org/a' }, context.outlets);
    expect(closing).toMatchObject({ outlet: 'example', agency: 'xinhua' });
  });

  it('takes the agency a story’s opening attributes it to, but not one it quotes further down, and never as the outlet', () => {
    const url = 'https://example.org/a';
    const lead = 'Putin thanks Xi\n\nPutin met Xi to discuss Ukraine and Taiwan, RIA Novosti reports.\n\nThe meeting took place.';
    expect(recognizeOutlet(lead, { url }, context.outlets)).toMatchObject({ outlet: 'example', agency: 'ria-novosti' });
    const quoted = `Putin met Xi.\n\nThey talked.\n\nThey ate.\n\nThe deal will wait, according to TASS.`;
    expect(recognizeOutlet(quoted, { url }, context.outlets)).toMatchObject({ outlet: 'example', agency: null });
    expect(recognizeOutlet('Putin met Xi, according to TASS.', {}, context.outlets)).toMatchObject({
      outlet: null,
      agency: 'tass',
    });
  });

  it.each([
    ['Xinhua news agency reported.', 'xinhua'],
    ['Kremlin spokesman Dmitry Peskov has told TASS.', 'tass'],
  ])('takes a lead that ends "%s" for that agency’s story', (ending, agency) => {
    const text = `Putin and Xi to meet\n\nThe two leaders will meet in Beijing next month, ${ending}`;
    expect(recognizeOutlet(text, { url: 'https://example.org/a' }, context.outlets)).toMatchObject({ agency });
  });

  it('reads the lead’s attribution however the sentence puts it, to the end of a long first paragraph', () => {
    const url = 'https://example.org/a';
    const opening = 'Putin and Xi met\n\nAccording to AP, Putin addressed Xi as a dear friend.';
    expect(recognizeOutlet(opening, { url }, context.outlets).agency).toBe('ap');
    const quoted = 'Gas talks\n\nA deal is close, Denisov was quoted by Russia’s state news agency TASS as saying.';
    expect(recognizeOutlet(quoted, { url }, context.outlets).agency).toBe('tass');
    const said =
      'Putin and Xi to talk\n\nThe two will speak before the year is out, Russian state news agency TASS said on Monday.';
    expect(recognizeOutlet(said, { url }, context.outlets).agency).toBe('tass');
    const writes = 'Putin to visit China\n\nThis meeting will be of particular importance, writes TASS.';
    expect(recognizeOutlet(writes, { url }, context.outlets).agency).toBe('tass');
    const reported = 'Xi to host parade\n\nXi will watch the parade alongside Putin and Kim Jong Un, as reported by Reuters.';
    expect(recognizeOutlet(reported, { url }, context.outlets).agency).toBe('reuters');
    const bss = 'Xi to visit Russia\n\nXi will visit Russia next week, the foreign ministry said Friday, reports BSS.';
    expect(recognizeOutlet(bss, { url }, context.outlets).agency).toBe('bss');
    const citing = 'Putin hosts Xi\n\nThe two leaders are to meet one-on-one, News.Az reports, citing TASS.';
    expect(recognizeOutlet(citing, { url }, context.outlets).agency).toBe('tass');
    const long = `Putin and Xi will meet\n\n${'The two leaders will discuss trade, energy and the Far East. '.repeat(11)}TASS reports.`;
    expect(long.length).toBeGreaterThan(650);
    expect(recognizeOutlet(long, { url }, context.outlets).agency).toBe('tass');
  });

  it('reads the credits Chinese papers, portals and video pages print, but not a photo credit’s pipes', () => {
    const url = 'https://example.org/a';
    const paper =
      'Putin greets Xi\n\nXinhua News Agency, Beijing, December 31 — President Xi Jinping exchanged greetings with Putin.';
    expect(recognizeOutlet(paper, { url }, context.outlets).agency).toBe('xinhua');
    const portal = 'Putin congratulates Xi\n\nBeijing, China | Xinhua | Russian President Vladimir Putin sent a message.';
    expect(recognizeOutlet(portal, { url }, context.outlets).agency).toBe('xinhua');
    const caption = 'Putin meets Xi\n\nPhoto credit: Alexei Druzhinin | Sputnik | AFP\n\nPutin met Xi in Moscow.';
    expect(recognizeOutlet(caption, { url }, context.outlets).agency).toBeNull();
    const video = 'Putin and Xi in Kazan\n\nVideo Credit: AFP English\n\nThe leaders met in Kazan.';
    expect(recognizeOutlet(video, { url }, context.outlets).agency).toBe('afp');
    const signed = 'Presidents Putin and Xi attend plenary session of SPIEF | AFP\n\nThe leaders spoke at the forum.';
    expect(recognizeOutlet(signed, { url }, context.outlets).agency).toBe('afp');
    const saved = ' date 2022-02-09 BRUSSELS (UrduPoint News / Sputnik - 09th February, 2022) The recent talks were praised.';
    expect(recognizeOutlet(saved, { url }, context.outlets).agency).toBe('sputnik');
    const dotted = 'Xi and Putin round on West\n\nAFP·\n\nThe leaders met in Tianjin.';
    expect(recognizeOutlet(dotted, { url }, context.outlets).agency).toBe('afp');
    const described = 'Putin and Xi agree to meet\n\nSource : Russian state news agency RIA Novosti\n\nThe leaders spoke.';
    expect(recognizeOutlet(described, { url }, context.outlets).agency).toBe('ria-novosti');
    const sources = 'Putin meets Xi\n\nPutin was welcomed in Beijing.\n\nAgencies • Reuters';
    expect(recognizeOutlet(sources, { url }, context.outlets).agency).toBe('reuters');
  });

  it('reads an attribution that prints the agency in capitals ("REUTERS writes")', () => {
    const text = 'Xi to meet Putin\n\nXi Jinping will travel to Central Asia, where he will meet Vladimir Putin, REUTERS writes.';
    expect(recognizeOutlet(text, { url: 'https://example.org/a' }, context.outlets).agency).toBe('reuters');
  });

  it('reads "UNN reports citing AFP" on UNN’s own site as AFP’s story', () => {
    const text = 'Trade rose\n\nChina’s trade with Russia rose in 2023, official data showed on Friday, UNN reports citing AFP.';
    expect(recognizeOutlet(text, { url: 'https://unn.ua/en/news/x' }, context.outlets)).toMatchObject({
      outlet: 'unn',
      agency: 'afp',
    });
  });

  it('gives no agency when the outlet credits itself', () => {
    const own = recognizeOutlet('MOSCOW (Reuters) - text', { url: 'https://www.reuters.com/world/x' }, context.outlets);
    expect(own).toMatchObject({ outlet: 'reuters', agency: null });
  });

  it.each([
    ['Putin and Xi talk\nReuters |\nPublished: 12.27.19\nText.', 'reuters'],
    ['Xi and Putin hold video call\nAP\nText.', 'ap'],
    ['Bishkek, June 14, 2019. / Kabar /. The meeting began.', 'kabar'],
    ['2015-05-10 10:22:15 source:Xinhua News Agency\nText.', 'xinhua'],
    ['MOSCOW (UrduPoint News / Sputnik - 08th May, 2020) Xi congratulated Putin.', 'sputnik'],
    ['ISTANBUL, (APP - UrduPoint / Pakistan Point News - 24th Feb, 2025) The leaders held a call.', 'app'],
    ['Beijing (AFP) June 19, 2017\nChina and Russia will hold drills.', 'afp'],
    ['(Xinhua)    17:20, May 08, 2015\nXi attended the parade.', 'xinhua'],
    ['SAINT-PETERSBURG, June 21 AFP - Rosneft and CNPC signed a deal.', 'afp'],
    ['Xi and Putin met.\n(APP)\n', 'app'],
    ['Trump meets Xi\nTrump will meet world leaders in Buenos Aires and talk trade with Xi.(PTI)\n', 'pti'],
    ['Nation\nBy  AFP\nPutin and Xi met.', 'afp'],
    ['Putin meets Xi\nBy Reuters   March 20, 2023 | 06:07 pm PT\nText.', 'reuters'],
    ['Xi and Putin met.\nSource: Reuters/ic\n', 'reuters'],
    ['Xi left Beijing on Wednesday, writes UNN with reference to Xinhua.', 'xinhua'],
    ['Samarkand, Uzbekistan, Sept 15 (APP - UrduPoint / Pakistan Point News - 15th Sep, 2022 ) :Putin met Xi.', 'app'],
  ])('credits the agency in %j', (text, agency) => {
    expect(recognizeOutlet(text, { url: 'https://www.urdupoint.com/en/world/x.html' }, context.outlets).agency).toBe(agency);
  });

  it.each([
    ['State broadcaster China Central Television (CCTV) caught the encounter on video.'],
    ['Putin and Xi at the SCO summit on September 16 (Source: Sputnik/Sergey Bobylev)'],
    ['Putin and Xi shake hands at the Kremlin in Moscow, Russia, on May 8, 2025 (AP)'],
    ['Xi is seen on a screen at a ceremony in Sochi, Russia December 2, 2019. (Photo by Reuters)'],
    [
      'Vladimir Putin, right, and Xi Jinping shake hands in the Kremlin in Moscow on Tuesday, March 21, 2023. (AP)\nPutin and Xi met in Moscow.',
    ],
  ])('takes no credit from a gloss or a photo credit: %j', (text) => {
    expect(recognizeOutlet(text, { url: 'https://www.example.org/x' }, context.outlets)).toMatchObject({
      outlet: 'example',
      agency: null,
    });
  });

  it('does not take a photographer’s credit between slashes for the story’s', () => {
    const text = 'Xi urged Putin to negotiate. Kremlin Pool Photo by Alexei Druzhnin/Sputnik/EPA-EFE\nFeb. 25 (UPI) text';
    expect(recognizeOutlet(text, { url: 'https://www.upi.com/x' }, context.outlets).outlet).toBe('upi');
  });

  it('does not take a photo or video credit for the story’s', () => {
    const result = recognizeOutlet(
      'Xi and Putin (from Reuters video). text',
      { url: 'https://eaglenews.ph/?p=1' },
      context.outlets,
    );
    expect(result).toMatchObject({ outlet: 'eagle-news', agency: null });
  });

  it('uses a known outlet when a new address names it', () => {
    expect(recognizeOutlet('text', { url: 'https://mirror.example/x', siteName: 'Reuters' }, context.outlets)).toMatchObject({
      outlet: 'reuters',
      proposed: null,
    });
  });

  it('flags for review when nothing names the outlet', () => {
    const result = recognizeOutlet('plain text', {}, context.outlets);
    expect(result.outlet).toBeNull();
    expect(result.review[0]).toMatch(/^Outlet unknown/);
  });

  it('keeps the sidecar’s outlet and takes the credited agency as its source', () => {
    const result = recognizeOutlet('MOSCOW, May 8. /TASS/. text', { outlet: 'rt' }, context.outlets);
    expect(result).toMatchObject({ outlet: 'rt', agency: 'tass', review: [] });
  });

  it('flags a sidecar agency that contradicts the credit in the text', () => {
    const result = recognizeOutlet('MOSCOW, May 8. /TASS/. text', { outlet: 'rt', agency: 'xinhua' }, context.outlets);
    expect(result.agency).toBe('xinhua');
    expect(result.review[0]).toMatch(/sidecar says .* xinhua .* credits tass/);
  });
});

describe('body analysis', () => {
  const tree = buildBodyTree([
    'Putin said relations were "going through the best period in their history," the Kremlin said.',
    'Short quote: "not this one".',
  ]);

  it('keeps quotations of six words or more', () => {
    expect(findQuotations(tree)).toEqual(['going through the best period in their history']);
  });

  it('takes the opening sentences as the excerpt', () => {
    expect(findExcerpt(tree)).toBe(
      'Putin said relations were "going through the best period in their history," the Kremlin said. Short quote: "not this one".',
    );
  });
});
