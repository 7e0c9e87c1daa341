import { describe, expect, it } from 'vitest';
import { explainChoice } from '../../../src/lib/ingest/explain-choice.ts';
import { analyseArticle, ingestArticle } from '../../../src/lib/ingest/ingest-article.ts';
import { context } from '../../support/seeds.ts';

function ingest(text: string, url?: string) {
  const { frontmatter, review } = ingestArticle(
    { file: 'x.txt', text, checksum: 'a'.repeat(64), raw: 'raw/x.txt', sidecar: url ? { url } : {} },
    context,
  );
  const published = frontmatter['published'] instanceof Date ? frontmatter['published'].toISOString().slice(0, 10) : null;
  return { summit: frontmatter['summit'], published, estimated: frontmatter['estimated'], review };
}

describe('date and meeting decided together', () => {
  it('takes a page dated on the day the leaders talked for that meeting, though it names no place or kind', () => {
    const result = ingest(
      ' date 2021-08-25 China’s Xi and Russia’s Putin discuss Afghanistan\n\nXi urged all parties to build an open framework.',
    );
    expect(result).toMatchObject({ summit: '2021-08-phone-call', published: '2021-08-25' });
  });

  it('dates a dateline that fits two years’ meetings equally in the later year, and flags the close call', () => {
    const result = ingest(
      'Kremlin on the call\n\nMOSCOW, April 27. /TASS/. The Kremlin said the talks Chinese President Xi Jinping held with Vladimir Putin during his state visit to Moscow in March were substantive.',
    );
    expect(result.published).toBe('2023-04-27');
    expect(result.review.join(' ')).toMatch(/close call: 2013-03-state-visit-moscow dated 2013-04-27/);
  });

  it('dates "this week … on Tuesday" on the Tuesday of the meeting’s week', () => {
    const result = ingest(
      [
        'Putin in China to meet dear friend Xi',
        'Russian President Vladimir Putin arrived in China on Tuesday to meet Xi Jinping at a summit overshadowed by the Israel-Hamas war.',
        'China this week welcomes representatives of 130 countries for a forum on its Belt and Road Initiative.',
      ].join('\n\n'),
    );
    expect(result).toMatchObject({ summit: '2023-10-brf-beijing', published: '2023-10-17', estimated: true });
  });

  it('takes "talks on Thursday", days before the page’s date, for the one meeting of the weeks before on a Thursday', () => {
    const result = ingest(
      [
        'Putin and Xi meet to boost ties',
        'Following Xi-Putin talks on Thursday, Gazprom and CNPC signed a memorandum on gas supplies.',
        'The memorandum sets out a third route for gas to China.',
      ].join('\n\n'),
      'https://example.com/viewnews/2015-09-07_putin-xi-meet',
    );
    expect(result).toMatchObject({ summit: '2015-09-victory-day-beijing', published: '2015-09-07' });
  });

  it('takes a story that opens on one of the two meeting another leader for that meeting, not theirs', () => {
    const story = (more: string) =>
      ingest(
        [
          ' date 2025-09-04 North Korean leader Kim Jong Un met Chinese leader Xi Jinping in Beijing',
          'Kim attended the military parade in Beijing a day earlier, alongside Russian President Vladimir Putin.',
          more,
        ].join('\n\n'),
      ).summit;
    expect(story('The talks lasted two hours.')).toBeNull();
    expect(story('On Tuesday Xi and Putin held talks at the Great Hall of the People in Beijing.')).toBe(
      '2025-09-victory-day-beijing',
    );
  });

  it('dates an undated preview by a day it prints with its weekday, in the year that weekday fits', () => {
    const result = ingest(
      [
        'Putin and Xi to meet again in July',
        'Putin is expected to meet Xi Jinping again in July, Russia’s top diplomat said on Monday (May 20).',
        'Our leaders will meet during an SCO summit in Astana in July, he added.',
      ].join('\n\n'),
    );
    expect(result).toMatchObject({ summit: '2024-07-sco-astana', published: '2024-05-20', estimated: true });
  });

  it('takes a meeting weeks before the article that only its body names for a mention, not its subject', () => {
    const result = ingest(
      [
        ' date 2024-07-16 China and Russia start joint naval drills',
        'The Chinese and Russian navies began joint exercises near Zhanjiang on Monday.',
        'The drills will run until the end of the month, the defence ministry said.',
        'In May, Chinese President Xi Jinping and his Russian counterpart Vladimir Putin met in Beijing.',
      ].join('\n\n'),
    );
    expect(result).toMatchObject({ summit: null, published: '2024-07-16' });
  });

  it('takes a meeting weeks before the article for its subject when the headline names it', () => {
    const result = ingest(
      [
        ' date 2024-07-16 What came of the Xi–Putin summit in Beijing',
        'Two months on, trade between the two countries has grown.',
        'Banks still struggle with payments.',
      ].join('\n\n'),
    );
    expect(result).toMatchObject({ summit: '2024-05-state-visit-beijing', published: '2024-07-16' });
  });

  it('takes the day in the address over a bare date line, which may be a related story’s', () => {
    const result = ingest(
      'Putin on France in Africa\n\n- Sputnik Africa, 1920, 25.03.2024\n\nPutin spoke about France and Africa in an interview.',
      'https://en.sputniknews.africa/20240316/putin-on-france-1065582530.html',
    );
    expect(result).toMatchObject({ published: '2024-03-16', estimated: false });
  });

  it('does not let a meeting the text never names, only dated near, rival the one it names', () => {
    const result = ingest(
      ' date 2025-08-29 + ↺ − 16 px\n\nRussian President Vladimir Putin and Chinese President Xi Jinping are set to hold a private "tea" meeting in Beijing.\n\nThe talks will take place in a narrow format.',
    );
    expect(result.summit).toBe('2025-09-victory-day-beijing');
  });

  it('dates a copy posted the day after the agency filed it by its address', () => {
    const result = ingest(
      ' date 2020-07 Xi says China ready to join Russia\n\nBEIJING, July 8 (Xinhua) -- Chinese President Xi Jinping said on Wednesday during his telephone conversation with Russian President Vladimir Putin that China is ready to work with Russia.',
      'http://en.people.cn/n3/2020/0709/c90000-9708675.html',
    );
    expect(result).toMatchObject({ summit: '2020-07-phone-call', published: '2020-07-09', estimated: false });
  });

  it('takes the day the address and a printed stamp agree on over the meeting’s last day', () => {
    const result = ingest(
      'Xi, Putin wrap summit in Moscow\n\nMar 22, 2023\n\nMar 23, 2023\n\nXi departed from Moscow on Wednesday after his three-day state visit to Russia that started on Monday.',
      'https://example.com/2023/03/23/xi-putin-wrap-summit-moscow/',
    );
    expect(result).toMatchObject({ summit: '2023-03-state-visit-moscow', published: '2023-03-23', estimated: false });
  });

  it('reads a headline joining the leaders’ names with a dash ("Putin-Xi Meeting") as the leaders meeting', () => {
    const result = ingest(
      ' date 2022-02-04 \n\nKremlin Regards Putin-Xi Meeting As Very Warm\n\nThe talks were substantial, a spokesman told reporters.',
    );
    expect(result).toMatchObject({ summit: '2022-02-olympics-beijing', published: '2022-02-04' });
  });

  it('reads "Putin tells Xi" as the leaders talking', () => {
    const result = ingest(
      ' date 2022-12-30 Putin tells Xi he wants to ramp up military cooperation\n\nMoscow wants to counter Western influence.',
    );
    expect(result).toMatchObject({ summit: '2022-12-video-call', published: '2022-12-30' });
  });

  it('tells Xi’s birthday calls apart by the era words around them ("after Moscow invaded Ukraine")', () => {
    const result = ingest(
      'Xi and Putin speak by phone\n\nXi Jinping reaffirmed ties with Russia during a June 15 phone call with Vladimir Putin.\n\nThe two sides gave different accounts of the call after Moscow invaded Ukraine.',
    );
    expect(result.summit).toBe('2022-06-phone-call');
  });

  it('does not take a list of the countries taking part for the place of a summit', () => {
    const result = ingest(
      'SCO summit begins\n\nPutin, Xi and the leaders of Kazakhstan, Tajikistan, Uzbekistan, India and Pakistan met behind closed doors on June 14 at the SCO summit in Bishkek.',
    );
    expect(result.summit).toBe('2019-06-sco-bishkek');
  });

  it('does not take a foreign ministers’ telephone conversation for the leaders’ call', () => {
    const result = ingest(
      '17 July 2020\n\nPress release on Foreign Minister Sergey Lavrov’s telephone conversation with Foreign Minister of China Wang Yi\n\nThe ministers discussed a number of current issues.',
    );
    expect(result.summit).toBeNull();
  });

  it('places a meeting by a dateline city in capitals and gives the dateline its year', () => {
    const result = ingest(
      'Putin and Xi Jinping discuss projects\n\nUFA, July 8 /TASS/. Chinese President Xi Jinping and Russian President Vladimir Putin have discussed concrete projects, an official told a briefing.',
    );
    expect(result).toMatchObject({ summit: '2015-07-brics-ufa', published: '2015-07-08', estimated: false });
  });

  it('reads the year of a numbered summit ("the 13th summit of the SCO")', () => {
    const result = ingest(
      'The 13th summit of the Shanghai Cooperation Organization held in Bishkek\n\nThe summit was held in Bishkek, attended by heads of state.',
    );
    expect(result.summit).toBe('2013-09-sco-bishkek');
  });

  it('reads the ordinal of a summit named at length ("24th summit of the Council of Heads of State of the SCO")', () => {
    const result = ingest(
      'Leaders meet in Astana\n\nPutin and Xi held talks at the 24th summit of the Council of Heads of State of the Shanghai Cooperation Organization in Astana.',
    );
    expect(result.summit).toBe('2024-07-sco-astana');
  });

  it('knows a video-link launch for one of the registry’s joint ceremonies, and a video conference for a call', () => {
    const launch = ingest(
      ' date 2019-12-02 Putin and Xi oversee launch of gas pipeline\n\nThe two leaders launched the pipeline via a video link.',
    );
    expect(launch.summit).toBe('2019-12-video-ceremony');
    const call = ingest(
      ' date 2021-12-15 Putin and Xi hold video conference\n\nPutin told Xi during a video conference on Wednesday that ties were at their best.',
    );
    expect(call.summit).toBe('2021-12-video-call');
  });

  it('estimates an undated report’s date from the meeting day it names', () => {
    const result = ingest(
      'Xi Jinping Holds Talks with President Vladimir Putin of Russia\n\nOn June 25, 2016, President Xi Jinping held talks at the Great Hall of the People with President Vladimir Putin of Russia.',
    );
    expect(result).toMatchObject({ summit: '2016-06-state-visit-beijing', published: '2016-06-25', estimated: true });
  });

  it('dates an undated report that names no day, as an estimate, on the day its meeting began; an undated preview stays undated', () => {
    const report = ingest(
      'Xi and Putin meet in Qingdao\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin at the SCO summit in Qingdao, where the two leaders met.',
    );
    expect(report).toMatchObject({ summit: '2018-06-sco-qingdao', published: '2018-06-09', estimated: true });
    const preview = ingest(
      'Xi to meet Putin in Samarkand\n\nChinese President Xi Jinping will meet Russian President Vladimir Putin at the SCO summit in Samarkand, the Kremlin said.',
    );
    expect(preview).toMatchObject({ summit: '2022-09-sco-samarkand', published: null });
  });

  it('takes a byline that names the page’s own site for no author', () => {
    const { frontmatter } = ingestArticle(
      {
        file: 'x.txt',
        text: 'Xi congratulates Putin\n\nBy Telangana Today Published Date - 18 March 2024, 06:03 PM\n\nBeijing: Xi Jinping congratulated Putin on his re-election.',
        checksum: 'a'.repeat(64),
        raw: 'raw/x.txt',
        sidecar: { url: 'https://telanganatoday.com/president-xi-congratulates-putin' },
      },
      context,
    );
    expect(frontmatter['author']).toBeNull();
  });

  it('takes no date from before the leaders’ first meeting, and looks past history’s years for a preview', () => {
    const result = ingest(
      ' date 2002-05-22 Putin and Xi to launch nuclear plant construction\n\nOn May 19, Chinese President Xi Jinping and Russian President Vladimir Putin will take part in an online ceremony to launch the construction of the plants. The plants were agreed in a 2019 contract.',
    );
    expect(result.published).not.toBe('2002-05-22');
    expect(result.summit).toBe('2021-05-video-ceremony');
  });

  it('gives a dateline the year of the page’s month field', () => {
    // Without it, "BEIJING, Feb. 8" reads best in 2022, four days after the Olympics meeting there.
    const result = ingest(
      ' date 2024-02 Putin says Russia abides by one-China principle\n\nBEIJING, Feb. 8 (Xinhua) -- Russia abides by the one-China principle, Russian President Vladimir Putin said on Thursday.',
    );
    expect(result.published).toBe('2024-02-08');
  });

  it('matches an undated report in the month its address files it under', () => {
    // Without the address, a video summit on a Wednesday fits December 2021 and later calls alike.
    const text =
      'Putin and Xi show united front\n\nPresident Xi Jinping of China and President Vladimir Putin of Russia, meeting in a video summit on Wednesday, sought mutual support in their conflicts with the West.';
    expect(ingest(text, 'http://example.blogspot.com/2021/12/putin-and-xi-show-united-front.html')).toMatchObject({
      summit: '2021-12-video-call',
      published: '2021-12-15',
      estimated: true,
    });
  });

  it('dates an undated report as a report though a later sentence looks ahead', () => {
    const report = ingest(
      'BRICS summit opens in Goa\n\nThe eighth BRICS summit officially opened in Goa, India, with Putin and Xi Jinping in attendance.\n\nPutin arrived in Goa to attend the BRICS summit, where he will also meet Xi Jinping.',
    );
    expect(report).toMatchObject({ summit: '2016-10-brics-benaulim', published: '2016-10-15', estimated: true });
  });

  it('finds no meeting for a story whose dateline no meeting fits', () => {
    const result = ingest(
      'Russia, China sign oil deal\n\nSAINT-PETERSBURG, June 21 AFP - Rosneft and CNPC signed a deal, hailed by Russian President Vladimir Putin at the Saint Petersburg forum.',
    );
    expect(result.summit).toBeNull();
  });

  it('has the two leaders in contact when the headline names one and the lead the other', () => {
    const result = ingest(
      ' date 2023-10-18 Xi unveils new action plan\n\nChina and Russia have taken similar positions.\n\nIn a bilateral meeting, Putin praised the plan. Xi thanked him.',
    );
    expect(result.summit).toBe('2023-10-brf-beijing');
  });

  it('reads an ambiguous "01/09/2025" both ways and keeps the reading a meeting fits', () => {
    const result = ingest(
      'Xi hosts Putin at SCO summit\n\n01/09/2025\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin at the SCO summit in Tianjin.',
    );
    expect(result).toMatchObject({ summit: '2025-08-sco-tianjin', published: '2025-09-01', estimated: false });
  });

  it('never makes a firm date of a relative phrase with nothing to anchor it', () => {
    const result = ingest('Putin and Xi talk\n\nPublished 2 days ago\n\nThe two leaders spoke about trade.');
    expect(result.published === null || result.estimated === true).toBe(true);
    expect(result.published).not.toBe('1999-12-30');
  });

  it('takes a launch by teleconference for the joint ceremony, not a video call on the same weekday', () => {
    const result = ingest(
      'Putin and Xi to launch pipeline\n\nOn Monday, Russian President Vladimir Putin and Chinese President Xi Jinping will launch the Power of Siberia gas pipeline via teleconference. The launch was planned for December 20.\n\n"We expect a teleconference with the participation of Vladimir Putin and Xi Jinping," Peskov said.',
    );
    expect(result.summit).toBe('2019-12-video-ceremony');
  });

  it('places a visit by the country it names ("a state visit to Russia") and dates it by "5 June"', () => {
    const result = ingest(
      'Xi leaves for Moscow\n\nOn the morning of 5 June, Chinese President Xi Jinping departed by special plane for a state visit to Russia. This year marks the 70th anniversary of the establishment of diplomatic relations between China and Russia.',
    );
    expect(result).toMatchObject({ summit: '2019-06-state-visit-moscow', published: '2019-06-05', estimated: true });
  });

  it('reads a dateline written "MOSCOW --"', () => {
    const result = ingest(
      'Xi invites Putin\n\nMOSCOW -- Chinese President Xi Jinping said here on Tuesday that he had invited Putin during their informal meeting.',
      'http://www.example.com/a/202303/21/x.html',
    );
    expect(result.summit).toBe('2023-03-state-visit-moscow');
  });

  it('does not date an article by a goal year ("by 2030")', () => {
    const result = ingest(
      "Putin, Xi Jinping hold talks ahead of Victory Day's 80th anniversary\n\nThe two leaders began talks at the Kremlin on Thursday, aiming to raise trade by 2030.",
    );
    expect(result.summit).toBe('2025-05-state-visit-moscow');
  });

  it.each([
    [
      'MOSCOW, March 17. /TASS/. Chinese President Xi Jinping will pay a state visit to Russia on March 20-22, the Kremlin said.',
      '2023-03-state-visit-moscow',
      '2023-03-17',
    ],
    [
      'BEIJING, May 16. /TASS/. Russian President Vladimir Putin has arrived in Beijing on a state visit, a correspondent reported.',
      '2024-05-state-visit-beijing',
      '2024-05-16',
    ],
    [
      'MOSCOW, December 29. /TASS/. Putin will hold a video conference with Chinese President Xi Jinping on December 30, Peskov said.',
      '2022-12-video-call',
      '2022-12-29',
    ],
  ])('gives a dateline the year of the meeting its day fits best: %s', (lead, summit, published) => {
    expect(ingest(`Putin and Xi\n\n${lead}`)).toMatchObject({ summit, published, estimated: false });
  });

  it('takes a dateline’s year from a full date the page prints, not from a meeting it recalls', () => {
    const result = ingest(
      'Xi says meeting with Putin will inject vitality\n\n18:50, February 04, 2022\n\nBEIJING, Feb. 4 (Xinhua) -- Chinese President Xi Jinping on Friday held talks with Russian President Vladimir Putin in Beijing.\n\nXi recalled his attendance at the opening ceremony of the Sochi Olympic Winter Games in Russia in 2014.',
    );
    expect(result).toMatchObject({ summit: '2022-02-olympics-beijing', published: '2022-02-04' });
  });

  it('takes a page dated the eve of a meeting, with the leaders about to meet, for that meeting', () => {
    const result = ingest(
      ' date 2023-10-17 Putin arrives in China\n\nRussian President Vladimir Putin arrived in China on Tuesday to meet his "dear friend" Xi Jinping at a forum of 130 countries.',
    );
    expect(result).toMatchObject({ summit: '2023-10-brf-beijing', published: '2023-10-17' });
  });

  it('takes a leader’s visit to the other’s country, dated, for the meeting there, though no city is named', () => {
    const text =
      'Gas deal signed\n\nOn May 21st China and Russia signed an enormous gas deal. The deal capped a two-day visit to China by the Russian president, Vladimir Putin.';
    expect(ingest(text, 'http://example.blogspot.com/2014_05_23_archive.html')).toMatchObject({
      summit: '2014-05-state-visit-shanghai',
      published: '2014-05-23',
    });
    // Without a leader the visit is someone else's.
    const minister = 'Gas deal signed\n\nThe deal capped a two-day visit to China by a Russian delegation.';
    expect(ingest(minister, 'http://example.blogspot.com/2014_05_23_archive.html').summit).toBeNull();
  });

  it('takes a summit page about another leader’s talks with one of the two for no meeting of theirs', () => {
    const url = 'https://example.com/2015/11/15/obama-putin-huddle';
    const others =
      'Obama, Putin huddle on sidelines of summit\n\nPresident Barack Obama and Russian President Vladimir Putin huddled on Sunday. The roughly 35-minute meeting played out on the sidelines of the Group of 20 summit in Antalya, which brings together the leaders of the largest economies.';
    expect(ingest(others, url).summit).toBeNull();
    // Where the text names Xi too, the summit's sentence may be about the two.
    const theirs = `${others} Putin met Xi Jinping there as well.`;
    expect(ingest(theirs, url).summit).toBe('2015-11-g20-antalya');
  });

  it('takes a dated analysis for the meeting of the day before when it says further down that the two leaders met', () => {
    const text =
      'Putin and Xi: an unequal relationship\n\nThink of a pendulum swinging between Europe and Asia.\n\nRussia has looked east for centuries.\n\n“My dear old friend!” exclaimed Xi Jinping. The two leaders met on the sidelines of a regional summit.';
    expect(ingest(text, 'https://example.org/2022/09/16/putin-and-xi-an-unequal-relationship/').summit).toBe(
      '2022-09-sco-samarkand',
    );
  });

  it('takes no date or meeting from a tag or category page, and says why', () => {
    const text =
      'Mon Nov 25 2024\n\nPutin arrives in China to meet ‘dear friend’ Xi\n\nRussian President Vladimir Putin arrived in Beijing on Tuesday for the Belt and Road Forum.';
    const listing = ingest(text, 'https://example.com/tag/russia-china-relations');
    expect(listing).toMatchObject({ summit: null, published: null });
    expect(listing.review.join(' ')).toMatch(/tag or category page/);
    // The same text at a story's own address is that story.
    expect(ingest(text, 'https://example.com/2023/10/17/putin-arrives-in-china').summit).toBe('2023-10-brf-beijing');
  });

  it('reads a preview written weeks ahead ("next month")', () => {
    const result = ingest(
      'Putin, Xi to hold talks next month in Russia’s Vladivostok\n\nMOSCOW: Russian President Vladimir Putin will hold talks with his Chinese counterpart Xi Jinping during an economic forum in Vladivostok next month.',
      'https://example.com.pk/2018/08/27/putin-xi-to-hold-talks',
    );
    expect(result).toMatchObject({ summit: '2018-09-eef-vladivostok', published: '2018-08-27' });
  });
});

describe('explainChoice', () => {
  it('lists every date and meeting pair weighed, best first, after the choice and its evidence', () => {
    const analysed = analyseArticle(
      {
        file: 'x.txt',
        text: 'Putin and Xi meet\n\n2015-05-10 10:22:15 source:Xinhua News Agency\n\nMay 9, 2015\n\nXi attended the military parade in Moscow hosted by Putin.',
        checksum: 'a'.repeat(64),
        raw: 'raw/x.txt',
        sidecar: {},
      },
      context,
    );
    const lines = explainChoice(analysed.frontmatter, analysed.weighed);
    expect(lines[0]).toMatch(/^ {2}date 2015-05-10 \(metadata\)/);
    expect(lines[1]).toMatch(/^ {2}meeting 2015-05-victory-day-moscow/);
    expect(lines.slice(3)).toEqual([
      expect.stringMatching(/^\s+\d+\.\d\d {2}2015-05-10 metadata × 2015-05-victory-day-moscow$/),
      expect.stringMatching(/^\s+\d+\.\d\d {2}2015-05-09 metadata × 2015-05-victory-day-moscow$/),
    ]);
  });
});

describe('the misses issue 10 reported', () => {
  it.each([
    [
      'a second meeting since May',
      'Putin and Xi meet in Astana\n\nRussian President Vladimir Putin and Chinese President Xi Jinping met in Astana, Kazakhstan on July 3, marking their second meeting since May.',
      '2024-07-sco-astana',
      '2024-07-03',
    ],
    [
      'a day and month with a look back to another visit',
      "Putin and Xi end talks over tea\n\nPutin and Xi ended negotiations with tea in Beijing's Zhongnanhai on Thursday (May 16).\n\nPutin last visited Beijing in February 2022, for the Winter Olympics, weeks before the war in Ukraine.",
      '2024-05-state-visit-beijing',
      '2024-05-16',
    ],
    [
      'a preview that gives the summit’s days',
      'Xi to meet Putin next week\n\nChinese President Xi Jinping will meet Russian President Vladimir Putin in Samarkand next week, the Kremlin said.\n\nThe SCO summit will take place on September 15-16.',
      '2022-09-sco-samarkand',
      '2022-09-15',
    ],
    [
      'a headline glued to its stamp',
      'Xi lands in Moscow for Putin-Xi Jinping summit3 min read . Updated: 22 Mar 2023, 08:06 AM IST\n\nXi Jinping was welcomed at a pomp-laden Kremlin ceremony on Monday and Tuesday as he held talks with Vladimir Putin.',
      '2023-03-state-visit-moscow',
      '2023-03-22',
    ],
  ])('reads %s', (_, text, summit, published) => {
    expect(ingest(text)).toMatchObject({ summit, published });
  });

  it('names no author for a byline that is a wire agency’s name ("The Associated Press")', () => {
    const { frontmatter } = ingestArticle(
      {
        file: 'x.txt',
        text: 'Putin and Xi meet\n\nBy The Associated Press\n\nPutin met Xi last week in Astana at the SCO summit.',
        checksum: 'a'.repeat(64),
        raw: 'raw/x.txt',
        sidecar: { url: 'https://www.wcjb.com/2024/07/10/putin-xi/' },
      },
      context,
    );
    expect(frontmatter['author'] ?? null).toBeNull();
  });

  it('reads the author and date of "By richardbrown // 2024-07-10 // 6 Comments"', () => {
    const { frontmatter } = ingestArticle(
      {
        file: 'x.txt',
        text: 'Putin and Xi meet\n\nBy richardbrown // 2024-07-10 // 6 Comments\n\nPutin met Xi last week in Astana at the SCO summit.',
        checksum: 'a'.repeat(64),
        raw: 'raw/x.txt',
        sidecar: {},
      },
      context,
    );
    expect(frontmatter).toMatchObject({ author: 'richardbrown', datedBy: 'byline', estimated: false });
  });
});
