import { describe, expect, it } from 'vitest';
import { DETECTABLE_LANGUAGES, MAX_DETECTION_CHARACTERS, detectLanguage } from './detect-language';

// One or two sentences of real news articles in each language, from the publisher's own page.
const SENTENCES: Record<string, string> = {
  de: 'Der Grund dafür liegt in den Ereignissen in Hamburg am vergangenen Samstag. Rund 1100 Anhänger, allen voran Männer, waren dort dem Aufruf von "Muslim Interaktiv" gefolgt.',
  en: 'My mom raised hell at her Catholic high school in the 1950s. Carol smoked, skipped class and talked back to Mother Bourke, the formidable headmistress.',
  nl: 'Annelies Verlinden (46) maakt voor CD&V opnieuw haar opwachting in de federale regering, dit keer als minister van Justitie.',
  cs: 'Hlavní obviněný velké kauzy Dozimetr, v níž vyšetřovatelé prověřují rozsáhlou korupci a ovlivňování veřejných zakázek pražského dopravního podniku, před soudem řekl, že se dostal do finančních komplikací.',
  da: 'Stine Eilertzen er altid nysgerrig på det fremmede. Det er udgangspunktet for tilværelsen og for menuen i hendes nye restaurant i Guldsmedgade.',
  es: 'En un primer momento, la mujer y madre de las criaturas interpuso una denuncia por violencia de género. La policía activó de forma inmediata el protocolo y detuvo al agente.',
  fr: "Un survêtement de sport fait sensation dans le monde entier à la suite d'une photo publiée en ligne par Donald Trump montrant le président vénézuélien déchu, Nicolás Maduro, après sa capture à Caracas.",
  it: "Questa situazione ha messo in evidenza l'urgenza di un monitoraggio costante e sistematico dello spazio aereo per garantire la sicurezza e la stabilità della regione.",
  ja: '気象庁は13日、午後9時19分ごろ、日向灘で震度5弱の地震があったと発表した。震源の深さは約30キロ、地震の規模は6.9と推定される。この地震で、気象庁は高知県と宮崎県に1メートルの津波注意報を出した。',
  ko: "이틀간의 영남 공략을 마친 이재명 더불어민주당 대선 후보는 15일 텃밭 호남을 찾아 '통합'을 키워드로 표밭을 다졌다. 경상도에서 전라도를 가로지르는 유세로 보수와 진보, 영남과 호남을 아우르는 국민통합 지도자 면모를 부각하겠다는 전략이다.",
  lt: 'Judo išdavystė atrodo keistai. Įprastai išdavystės taip nevyksta. Esame pripratę prie minties, kad Judas išdavė Jėzų dėl pinigų.',
  no: 'Ja, for ikke å glemme at de har sovnet i kajakken under Norges mest værharde havstrekning, nesten sett noen fryse ihjel, spist over 400 Kvikk Lunsj og blitt en del av den eksklusive kveite fra kajakk-klubben.',
  pl: '„Moi przedstawiciele udają się do Islamabadu w Pakistanie – jutro wieczorem będą na miejscu w celu przeprowadzenia negocjacji” – napisał wcześniej Donald Trump w mediach społecznościowych.',
  sv: 'Åtminstone nio personer dog och mer än 30 skadades, bara i huvudstaden Kiev. Åtta bostadshus, en skola och Litauens ambassad träffades i attackerna, enligt ukrainska försvarsministeriet.',
  tr: "İzmir'in Bornova, Balıkesir'in Kepsut, Samsun'un Kavak, Çorum'un Alaca, Bursa'nın Osmangazi, Kahramanmaraş'ın Pazarcık ve Sivas'ın Sarkışla ilçelerinde yangın çıktı.",
  ru: '157 миллионов гривен — именно столько за последние три года из украинского госбюджета потратили на судей Окружного административного суда Киева (ОАСК), который ликвидировали еще три года назад.',
  vi: 'Theo bác sĩ Hồng, lymphoma đường ruột là u lympho ác tính ngoài hạch phát triển từ mô lympho trong thành ruột, chiếm khoảng 15-25% ca ung thư ruột non, gần 5% ca ung thư dạ dày và 0,2-1% ung thư đại trực tràng.',
  hi: 'पुलिस ने तकनीकी और मानवीय सूचना के आधार पर भेरोखड़ा गांव में छापेमारी कर उक्त दोनों युवक को गिरफ्तार किया। उससे पूछताछ शुरू की तो इस चोरी कांड का खुलासा हो गया।',
};

describe('detectLanguage', () => {
  for (const [language, sentence] of Object.entries(SENTENCES)) {
    it(`tells ${language} from a sentence or two of news`, () => {
      expect(detectLanguage(sentence)).toBe(language);
    });
  }

  it('tells Chinese, which has Han characters and no kana', () => {
    expect(detectLanguage('政府在周一公布了新的计划，这个计划将在明年实施，并且对中小企业的税收进行调整。')).toBe('zh');
  });

  it('tells Ukrainian from Russian and Slovak from Czech', () => {
    expect(detectLanguage('Уряд оголосив, що він не буде підвищувати податки, але опозиція вважає, що це лише обіцянка.')).toBe('uk');
    expect(detectLanguage('Vláda v pondelok oznámila, že nebude zvyšovať dane, ale opozícia tvrdí, že je to len sľub.')).toBe('sk');
  });

  it('gives null for too little evidence: a menu, a caption, a short sentence', () => {
    expect(detectLanguage('Home News Sport Politik Wirtschaft')).toBeNull();
    expect(detectLanguage('Foto: Reuters')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('gives null for languages it has no list for', () => {
    // Habari Leo (Swahili) meets Spanish `la` and Catalan `na` by chance.
    expect(detectLanguage('JESHI la Polisi mkoani Shinyanga limefanikiwa kukamata watu 81 kwa kuhutumiwa makosa mbalimbali katika kipindi cha kuanzia mwezi Novemba hadi Desemba mwaka huu.')).toBeNull();
    expect(detectLanguage('أعلنت الحكومة يوم الاثنين عن خطة جديدة لخفض الضرائب في العام المقبل على الشركات الصغيرة.')).toBeNull();
  });

  it('gives null on a tie between languages that share their stopwords', () => {
    // Danish and Norwegian: every word of this line is a stopword of both.
    expect(detectLanguage('han har ikke det som de vil')).toBeNull();
  });

  it('answers only among the languages asked for', () => {
    expect(detectLanguage(SENTENCES.fr!, ['en', 'fr'])).toBe('fr');
    expect(detectLanguage(SENTENCES.fr!, ['en', 'de'])).toBeNull();
    expect(detectLanguage(SENTENCES.ja!, ['zh'])).toBeNull();
    expect(detectLanguage(SENTENCES.no!, ['nb'])).toBe('no');
    expect(detectLanguage(SENTENCES.de!, ['DE-at'])).toBe('de');
  });

  it('reads only the first MAX_DETECTION_CHARACTERS characters', () => {
    const text = `${'x '.repeat(MAX_DETECTION_CHARACTERS / 2)}${SENTENCES.en}`;
    expect(detectLanguage(text)).toBeNull();
    expect(detectLanguage(SENTENCES.en!.repeat(200))).toBe('en');
  });

  it('lists every language it can return', () => {
    expect(DETECTABLE_LANGUAGES).toEqual(expect.arrayContaining([...Object.keys(SENTENCES), 'zh', 'uk', 'sk']));
  });
});
