import { expandFrontCoded } from './front-coding';

/**
 * The function words of each language told apart by word lists, lowercased, sorted and separated by single spaces.
 *
 * The lists for da, de, en, es, fi, fr, hu, it, nl, no, pt, ru, sv and tr start from the Snowball
 * stop lists (BSD-3, Martin Porter; Turkish as PostgreSQL ships it), with the few frequent
 * function words they lack added (`les` and `cette` in French, `dass` in German, `bir` and
 * `olarak` in Turkish, with the case endings that follow an apostrophe on a Turkish name:
 * `İzmir'in`, `Türkiye'de`) and their few content words dropped (`cikk`, `nagy` in Hungarian;
 * `хорошо`, `два` in Russian; the forms of `sentir` in Spanish). The others (ca, cs, hi, id, lt,
 * pl, ro, sk, uk, vi), which Snowball lacks, are written out by hand: the articles, pronouns,
 * prepositions, conjunctions, particles and auxiliaries among the first words of the public
 * stopwords-iso lists, without their content words (`pan`, `roku`, `zł` in Polish).
 *
 * Elided forms are listed as the tokeniser cuts them: French `l'État` gives `l`, Italian
 * `dell'anno` gives `dell`. Vietnamese words are syllables (`có thể` is `có` and `thể`), since
 * Vietnamese puts spaces between syllables. Romanian is written with the comma-below `ș` and `ț`;
 * the index adds the cedilla spellings still common on the web.
 *
 * The lists are sorted and front-coded in the source, which spares 1.4 kB (minified and brotli-compressed)
 * of the bundle that parses: a word led by a digit `n` starts with the first `n` letters of the word
 * before it, so `ab 2er 1lle 4m` reads `ab aber alle allem`. A word added in full at its sorted place
 * keeps the list right. The lists are expanded once, when the module loads.
 * @example
 * STOPWORDS.de.split(' ').includes('und'); // true
 */
export const STOPWORDS = /* @__PURE__ */ expandLists({
  en:
    'a 1bout 3ve 1fter 1gain 5st 1ll 2so 2though 1m 2ong 1n 2d 2y 1re 1s 1t be 2cause 2en 2fore 2ing 2low 2tween 1oth ' +
    '1ut 1y can 1ould did 1o 2es 2ing 2n 2wn 1uring each 1ven 3r 4y few 1or 1rom 1urther had 2s 2ve 3ing 1e 2r 3e 3s ' +
    '4elf 1im 3self 2s 1ow 3ever i 1f 1n 2to 1s 1t 2s 3elf just many 2y 1e 1ight 1ore 2st 1uch 2st 1y 2self no 2r 2t ' +
    '2w of 2f 1n 2ce 2ly 1r 1ther 1ur 3s 4elves 2t 1ver 1wn s 1ame 1hall 2e 2ould 1ince 1o 2me 1till 1uch t 1han 3t ' +
    '2e 3ir 5s 3m 4selves 3n 3re 3se 3y 2is 2ose 3ugh 2rough 1o 2o under 2til 1p 2on 1s very was 1e 2re 1hat 2en 3re ' +
    '3ther 2ich 3le 2o 3m 2y 1ill 2th 4in 4out 1ould yet 1ou 3r 4s 5elf 7ves',
  de:
    'ab 2er 1lle 4m 4n 4r 4s 2s 3o 1m 1n 2der 5e 6m 6n 6r 6s 5m 5n 5s 1uch 2f 2s bei 3m 2reits 1in 2s 3t da 2bei 2für ' +
    '2mit 2nn 2rauf 2s 3s 4elbe 2von 2zu 2ß 1ein 4e 5m 5n 5r 5s 2m 3selben 2n 3en 3n 3selben 2r 3en 4r 3selbe 8n 2s ' +
    '3selben 5n 1ich 2e 3s 4e 5lbe 8n 5m 5n 5r 5s 2r 1och 2rt 1u 2rch ein 3e 4m 4n 4r 4s 3ig 5e 6m 6n 6r 6s 3mal 1r ' +
    '1s 1twa 4s 1uch 2er 2re 4m 4n 4r 4s für gegen 2wesen hab 3e 4n 2t 3te 5n 1ier 2n 3ter 1ätte 5n ich 1hm 2n 3en 2r ' +
    '3e 4m 4n 4r 4s 1m 2mer 1n 2dem 2s 1st jede 4m 4n 4r 4s 3och 2ne 4m 4n 4r 4s 2tzt kann 1ein 4e 5m 5n 5r 5s 1onnte ' +
    '1önnen 4te machen 2n 3che 6m 6n 6r 6s 1ehr 2in 4e 5m 5n 5r 5s 1ich 2r 2t 1uss 4te 1üssen nach 1icht 5s 1och 1un ' +
    '2r ob 1der 1hne schon 1ehr 2in 4e 5m 5n 5r 5s 3t 2lbst 1ich 2e 2nd 1o 2lche 6m 6n 6r 6s 3l 4en 4te 2ndern 3st ' +
    '2wie um 1nd 2s 3er 5e 6m 6n 6r 6s 2ter viel 1om 2n 2r war 3en 3st 2s 1eg 2il 3ter 2lche 6m 6n 6r 6s 2m 2n 3n 2r ' +
    '3de 5n 1ie 3der 2ll 2r 3d 3st 1o 2llen 4te 2rden 1urde 5n 1ährend 2re 1ürde 5n zu 2dem 2m 2r 1war 2ischen über',
  fr:
    'a 1i 2e 3nt 3s 2nsi 2t 1lors 1près 1s 1u 2ra 4i 5ent 5s 5t 4s 3ez 3iez 4ons 3ons 5t 2ssi 2tre 5s 2x 1vaient 4s ' +
    '4t 3nt 2ec 3z 2iez 3ons 2oir 3ns 1yant 5e 6s 5s 2ez 2ons bien c 1ar 1e 2ci 2la 3le 3ui 2s 2t 3te 2ux 1hez 1omme ' +
    'd 1ans 1e 2puis 2s 1onc 3t 1u 1éjà elle 4s 1n 2core 2tre 1s 2t 1t 1u 2e 3s 2rent 2s 3se 5nt 5s 4iez 5ons 2t 2x ' +
    '1ûmes 2t 3es faire 3t 1urent 2s 3se 5nt 5s 4iez 5ons 2t 1ûmes 2t 3es il 2s j 1e l 1a 1e 2s 2ur 4s 1ors 1ui m 1a ' +
    '2is 1e 2s 1oi 2n 1ême n 1e 1i 1os 2tre 2us on 2t 1u 1ù par 2s 1eut 1lus 1our qu 2and 2e 2i s 1a 2ns 1e 2lon 2ra ' +
    '4i 5ent 5s 5t 4s 3ez 3iez 4ons 3ons 5t 2s 1i 1oient 3s 3t 2mmes 2n 3t 2us 2yez 3ons 1uis 2r t 1a 1e 2s 1oi 2n ' +
    '2us 3t 4e 5s 1rès 1u un 2e vers 1os 2tre 2us y à ça étaient 4s 4t 3nt 5e 6s 5s 2iez 3ons 2é 3e 4s 3s êtes 2re',
  es:
    'a 1l 2go 3unas 5os 1nte 4s 1sí 1unque 1ún bajo cada 1omo 2n 3tra 1ual 3ndo de 2l 2sde 1onde 1urante e 1l 2la 4s ' +
    '3os 1n 2tre 1ra 3is 3n 3s 2es 1s 2a 3s 2e 2o 3s 2ta 4ba 6is 6n 6s 4d 5a 6s 5o 6s 4mos 4ndo 4r 5emos 5á 6n 6s 5é ' +
    '6is 5ía 7is 7mos 7n 7s 4s 3e 4mos 3o 4s 4y 3uve 5iera 9is 9n 9s 8on 7se 9is 9n 9s 6mos 6ste 9is 6éramos 7semos ' +
    '5o 3á 4bamos 4is 4n 4s 3é 4is 4n 4s fue 3ra 5is 5n 5s 4on 3se 5is 5n 5s 2i 3mos 3ste 6is 2éramos 3semos ha 2bida ' +
    '6s 5o 6s 4endo 3remos 4á 5n 5s 4é 5is 4ía 6is 6mos 6n 6s 3éis 3ía 5is 5mos 5n 5s 2cia 2n 2s 3ta 2y 3a 4mos 4n 4s ' +
    '3áis 1e 2mos 1ube 3iera 7is 7n 7s 6on 5se 7is 7n 7s 4mos 4ste 7is 4éramos 5semos 3o la 2s 1e 2s 1o 2s 1uego me ' +
    '1i 2entras 2s 1ucho 5s 2y 1ás 1í 2a 3s 2o 3s nada 1i 1o 2s 3otras 6os 1uestra 7s 6o 7s o 1s 1tra 4s 3o 4s para ' +
    '1ero 1oco 2r 3que que 2ien 5es 2é se 2a 3mos 3n 3s 2gún 2r 3emos 3á 4n 4s 3é 4is 3ía 5is 5mos 5n 5s 2áis 1i 2do ' +
    '2n 3o 1obre 2is 2lo 2mos 2n 2y 1u 2s 2ya 4s 3o 4s 1í 1ólo también 2n 3to 1e 2ndremos 5á 6n 6s 5é 6is 5ía 7is ' +
    '7mos 7n 7s 3emos 3ga 5mos 5n 5s 4o 4áis 3ida 6s 5o 6s 4endo 3éis 3ía 5is 5mos 5n 5s 1i 2ene 5n 5s 1odavía 3o 4s ' +
    '1ras 1u 2s 2ve 3iera 7is 7n 7s 6on 5se 7is 7n 7s 4mos 4ste 7is 4éramos 5semos 3o 2ya 4s 3o 4s 1ú un 2a 2o 3s ' +
    'vosotras 6os 1uestra 7s 6o 7s y 1a 1o él 1ramos',
  it:
    'a 1bbia 5mo 5no 5te 1d 1gl 3i 1i 1l 2l 3a 3e 3o 1nche 3ora 1vemmo 3ndo 3sse 6ro 5i 6mo 4te 5i 3te 3va 5mo 5no ' +
    '5te 4i 4o 2rai 4nno 3ebbe 7ro 4i 4mmo 5o 4ste 6i 4te 3à 3ò 2uta 4e 4i 4o c 1he 2i 1i 1oi 2l 2me 2n 3tro 2sì 1ui ' +
    'da 2gl 4i 2i 2l 3l 4a 4e 4o 1egl 4i 2i 2l 3l 4a 4e 4o 1i 1opo 2v 3e e 1bbe 4ro 3i 1d 1ra 3no 3vamo 5te 2i 2o ' +
    '1ssendo 4re faccia 6mo 6no 6te 5o 3emmo 4ndo 4sse 7ro 6i 7mo 5te 6i 4va 6mo 6no 6te 5i 5o 2i 2nno 2rai 4nno 3e ' +
    '4bbe 7ro 4i 4mmo 5o 4ste 6i 4te 3à 3ò 1ece 4ro 3i 1osse 5ro 4i 5mo 3te 4i 1ra 1u 2i 2mmo 2rono già 1li ha 2i ' +
    '2nno 1o i 1l 1n 1o l 1a 1e 2i 1i 1o 2ro 1ui ma 1entre 1i 2a 2e 3i 2o 1olto ne 2gl 4i 2i 2l 3l 4a 4e 4o 1oi 2n ' +
    '2stra 5e 5i 5o 1é o 1gni 1ppure per 3ché 3ò 1iù 1oi 1rima 1uò quale 3ndo 4ta 5e 5i 5o 2ella 5e 5i 5o 3sta 5e 5i ' +
    '5o sarai 4nno 3ebbe 7ro 4i 4mmo 5o 4ste 6i 4te 3à 3ò 1e 2i 2mpre 2nza 1i 2a 3mo 3no 3te 2ete 1olo 2no 1ta 3i ' +
    '3ndo 4no 3rai 5nno 4ebbe 8ro 5i 5mmo 6o 5ste 7i 5te 4à 4ò 3ta 4e 4i 4o 3va 5mo 5no 5te 4i 4o 2emmo 3sse 6ro 5i ' +
    '6mo 4te 5i 3tte 6ro 5i 2ia 4mo 4no 4te 2o 1u 2a 2e 2gl 4i 2i 2l 3l 4a 4e 4o 2o 3i tanto 1i 1ra 1u 2a 2e 2o 3i ' +
    '2tti 4o un 2a 2o verso 1i 1oi 2stra 5e 5i 5o è',
  pt:
    'a 1inda 1o 2s 1pós 1quela 6s 5e 6s 3ilo 1s 2sim 1té cada 1om 3o da 2s 1e 2la 4s 3e 4s 2pois 2sde 1o 2s e 1la 3s ' +
    '2e 3s 1m 1ntre 3ão 1ra 3m 1ssa 4s 3e 4s 2ta 4mos 4r 4s 4va 6m 3e 4ja 6m 7os 4s 4ve 3ive 6mos 6r 7a 8m 7em 7mos ' +
    '6sse 9m 5éramos 6ssemos 3ou 3á 4vamos 3ão 1u foi 2mos 2r 3a 4m 3em 3mos 2sse 5m 1ui 1ôramos 2ssemos haja 4m 5os ' +
    '2vemos 1ei 1ouve 5mos 5r 6a 7m 6ei 7m 8os 6ia 8m 6mos 6á 6ão 6íamos 5sse 8m 4éramos 5ssemos 1á 1ão isso 2to já ' +
    'lhe 3s mais 2s 1e 2smo 2u 3s 1inha 5s 1uito na 2s 1em 1o 2s 3sa 5s 4o 5s 1um 3a 1ão 1ós o 1nde 1s 1u 2tra 5s 4o ' +
    '5s para 1ela 4s 3o 4s 1ois 2r 3que qual 3ndo 2e 3m se 2ja 4m 5os 2m 2r 3ei 4mos 3ia 5m 3á 3ão 3íamos 2u 3s 1ido ' +
    '1obre 2mos 2u 1ua 3s 1ão 1ó também 1e 2m 3os 2nha 5m 6os 4o 2r 3ei 4mos 3ia 5m 3á 3ão 3íamos 2u 3s 2ve 1inha 5m ' +
    '2ve 4mos 4r 5a 6m 5em 5mos 4sse 7m 3éramos 4ssemos 1oda 4s 3o 4s 1u 2a 3s 1ém 1ínhamos um 2a você 4s 2s à 1s ' +
    'éramos',
  nl:
    'aan 1l 2le 4s 2s 2tijd 1ndere beide 2n 1ij daar 2n 2t 1e 2r 2ze 1ie 2t 1och 2en 2or 1us echter 1en 3s 1lk 3e 1n ' +
    '2kele 1r ge 2en 2weest haar 2d 3den 1eb 3ben 2eft 2m 2n 2t 1ier 2j 1oe 1un iemand 2ts 1k 1n 1s ja 1e 1ullie kan ' +
    '1on 1unnen maar 1e 2er 2n 2t 1ij 3n 1oet 4en 2gen na 2ar 1iet 4s 1og 1u of 1m 2dat 1nder 2s 2ze 1ok 1p 1ver per ' +
    'reeds sinds te 2gen 1och 2en 2t 1ussen u 1it 1w van 1eel 1olgens 2or waar 4in 4op 2nt 2ren 2s 2t 1e 2l 3ke 2rd ' +
    '2zen 1ie 2j 2l 1orden 4t zal 1e 2lf 1ich 2j 3n 1o 2als 2nder 2u 1ullen',
  sv:
    'alla 3t 1tt 1v bara 1lev 2i 3r 3vit de 2m 2n 3na 2ras 2ss 4a 2t 3ta 1ig 2n 3a 2tt 1ock 1u 1är 1å efter 1j 1ller ' +
    '1n 2ligt 1r 2a 2t 1tt från 1år 1ör ha 2de 2n 3s 2r 1enne 5s 1on 3om 2s 1ur 1är i 1cke 1nga 3en 4t 2om 2te jag 1u ' +
    'kan 1ommer 1unde 3na man 1ed 2llan 2n 1ig 2n 3a 2tt 1ot 1ycket 1ånga 2ste ni 1og 1u 1är 1ågon 4t 3ra och 2kså 1m ' +
    '1ss på samma 1edan 1ig 2n 3a 2tt 4a 1jälv 1ka 3ll 2ulle 1om 1å 2dan 5a 5t till under 1pp 1t 2an vad 2r 3a 3för ' +
    '3it 3je 3s 3t 1em 1i 2d 2lka 5s 4en 5t 1år 3a 3t än 1r 1ven åt över',
  da:
    'ad 1f 1lle 2t 1nden 1t bare 1lev 4et 2ive 5r 1åde da 1e 2m 2n 3ne 2r 3es 2t 3te 1ig 2n 2sse 1og 1u efter 1ller ' +
    '1n 2d 1r 1t fik 1lere 1or 3di 1ra 1år 1ør ham 2n 3s 2r 2vde 3e 1ende 5s 2r 1os 1un 1vad 2ilke 6n 3s 2or 4dan ' +
    '4for i 1kke 1nd 3en 2gen jeg 2r 3es 1o kan 1un 3ne man 3ge 1ed 2get 2llem 2n 3s 2re 2st 1ig 2n 3e 2t 1od ned ' +
    '1ogen 4t 3le 1u 1år og 2så 1m 1p 1s 1ver på samt 1elv 1iden 2g 2n 3e 2t 1kal 2ulle 1om 1å 2dan thi 1il ud 2en ' +
    '1nder var 1ed 1i 2l 3le 1or 3es 1ære 4t',
  no:
    'alle 1ndre 2nen 4t 1t 1v bare 1egge 1lant 2e 3i 2i 3r 3tt 1åde 2e da 1e 2g 2i 3m 3ra 4es 2m 2n 3ne 2r 3e 4s 2t ' +
    '3te 1i 2n 2sse 2tt 1u 1ykk 4ar 1å eg 1in 2t 3t 1ller 4s 1n 2n 1r 1t 2t 3er fikk 1lere 1or 3di 1ra 1år 1ør ' +
    'gjennom ha 2dde 2n 3s 2r 1ennar 4e 5s 2r 1jå 1o 2e 2nom 2s 3s 4en 1un 1va 2em 3r 2ilke 6n 3s 2or 4dan 4for i ' +
    '1kke 3je 1ngen 3i 2kje 2n 3i ja 1eg kan 1om 2rleis 3so 1un 3ne 1va 3r 4helst 2en 2i 3for man 3ge 1e 2d 3an 2g ' +
    '3et 2llom 2n 3s 2r 1i 2n 3e 2tt 1ot 1ye 2kje 1å ned 1o 2e 3n 2ka 3o 4n 4r 3re 1å 2r og 2så 1m 1pp 1ss 1ver på ' +
    'samme 1eg 2lv 1i 2a 2dan 3en 2n 3e 2tt 1jøl 1kal 2ulle 1lik 1o 2m 3me 3t 1å 2nn til um 1nder 1pp 1t 2en var 3t ' +
    '4e 1ed 2re 3te 1i 2l 3le 1ore 3s 3t 1år 3e 1ære 3t å',
  fi:
    'ei 2vät 1mme 1n 1t 2te 3ä he 2idän 5t 3hin 3lle 5ä 4tä 3ssä 4tä 3tä 1än 3een 4lle 6ä 5tä 4n 4ssä 5tä 4t 3tä itse ' +
    'ja 1o 2hon 2iden 3hin 3ksi 3lla 5e 4ta 3na 3ssa 4ta 3ta 2ka 3si 2lla 4e 3ta 2na 3ka 2s 3sa 3ta 2ta 3ka 1älkeen ' +
    'kanssa 1eiden 3hin 3ksi 3lle 5ä 4tä 3nä 3ssä 4tä 3tä 2neen 4ksi 4lle 6ä 5tä 4n 5ä 4ssä 5tä 4t 2tkä 3ä 1oska 1uin ' +
    '2ka 2n me 2idän 5t 3hin 3lle 5ä 4tä 3ssä 4tä 3tä 1ihin 2ksi 3ä 2lle 4ä 3tä 2nkä 3ua 4lla 6e 5ta 4n 4ssa 5ta 4t ' +
    '4un 3ä 2ssä 3tä 2tkä 3ä 1ukaan 2tta 1yös ne 1iiden 3hin 3ksi 3lle 5ä 4tä 3n 4ä 3ssä 4tä 3tä 1oiden 3hin 3ksi ' +
    '3lla 5e 4ta 3n 4a 3ssa 4ta 3ta 1uo 1yt 1äiden 3hin 3ksi 3lle 5ä 4tä 3nä 3ssä 4tä 3tä 2mä ole 3mme 3n 3t 4te 2i ' +
    '3mme 3n 3si 5mme 5n 5t 6te 5vat 3t 4te 3vat 2la 3eet 3ut 1n 1vat poikki se 2kä 2n 1iihen 3nä 3tä 2ksi 2lle 4ä ' +
    '3tä 2nua 4lla 6e 5ta 4n 4ssa 5ta 4t 4un 3ä 2tten 3ä tai 1e 2idän 5t 3hin 3lle 5ä 4tä 3ssä 4tä 3tä 1uo 3hon 3ksi ' +
    '3lla 5e 4ta 3n 4a 3ssa 4ta 3ta 1ähän 2ksi 2lle 4ä 3tä 2mä 4n 2nä 2ssä 3tä 2tä vaan 2i 3kka 3n 1ielä yli',
  hu:
    'a 1bban 1hhoz 2ogy 3l 1ki 3k 2kor 1latt 1mely 5ek 7ben 7et 6t 5nek 2i 3kor 3t 2olyan 2íg 1nnak 1rra 3ól 1z 2ok ' +
    '3n 4ban 2t 3án 2után 2zal 2ért be 2lül 2nne 1ár csak de e 1bben 1ddig 1gy 3es 4tlen 3ik 3re 3éb 2ész 1hhez 1kkor ' +
    '1l 2len 2ég 2ő 3ször 3tt 1milyen 1nnek 1rre 1z 2ek 3n 2t 2zel 2ért fel 3é hanem 1iszen 1ogy 4an igen 1lletve ' +
    '2yen 5kor 1s 2mét 1tt kell 4ett 2resztül 1i 1ívül 1özött 3ül legalább 3yen 2het 5ett 2nne 4i 2sz 2tt maga 3át ' +
    '2jd 1eg 2llett 3y 4ek 2rt 1i 2kor 2lyen 2nden 6ki 6t 4ig 3t 4ha 2t 2vel 2ért 1ost 1ár 2s 3ik 1ég 1íg nagyon 1e ' +
    '2kem 3i 2m 1incs 1éha 3ány 2lkül olyan 1tt pedig 2rsze rá s 1aját 1em 3mi 1ok 3at 3kal 1zemben 3rint 2inte ' +
    '2ámára talán 1ehát 1ovább 6á 1öbb ugyanis 1tán 4a vagy 4is 4ok 2laki 4mi 6nt 3ó 2n 3nak 1ele 1issza 3zont 1olna ' +
    '3t 4ak 5m 4unk által 5ában 1t én 1ppen 1s így össze úgy 1jra ő 1k 2et',
  ru:
    'а без 1олее 3ьше 1удет 3то 1ы 2л 3а 3и 3о 2ть в 1ам 2с 1друг 1едь 1о 2т 1прочем 1се 3гда 4о 3х 2ю 2ё 1ы где да ' +
    '2же 1ля 1о 1ругой его 1е 1й 1му 1сли 2ть 1ще 2ё 1ё ж 1е за 2чем 1десь и 1з 1ли 1м 1ногда 1х к 1ак 3ая 3ой 1огда ' +
    '2нечно 2торая 5ое 6й 6м 5ую 5ые 6й 6м 6х 1роме 1то 1уда ли 2шь между 2ня 1не 2ого 1ожет 3но 2й 2я 1ы на 2д 3о ' +
    '2конец 2с 1е 2го 2е 2й 2льзя 2т 1и 2будь 2когда 2м 2х 2чего 1о 1у о 1б 1дин 2нако 1н 2а 2и 1пять 1т 1чень перед ' +
    '1о 2д 2ка 2сле 2том 5у 2чти 1ри 2о раз 3ве с 1ам 1воего 4й 3и 4х 3й 3ю 1ебе 3я 2йчас 1о 2всем так 3же 3ой 2м ' +
    '1ебя 2м 2перь 1о 2гда 3о 2же 2лько 2м 2т 1ут 1ы у 1ж 2е хоть чего 2м 2рез 1то 3б 4ы 1уть эта 2и 3м 3х 2о 3го 3й ' +
    '3м 3т 2у я',
  uk:
    'а 1бо 1дже 1ле без 1ув 2де 2ла 3и 3о 2ти в 1ам 2с 1же 1и 1она 3и 3о 1се 2і 1ід 2н для 1о 1уже же з 1а 1окрема 1і ' +
    'й 1ого коли лише мене 3і 1и 1оже 1іж на 2віть 2д 2м 2с 1е 2ю 2ї 1им 2х 1ього перед 1о 1ри 2о 3те 1ід 2сля саме ' +
    '1вою 3є 3ї 4х 1ебе та 2к 3ож 2м 1ебе 1и 1обі 2го 2й 2му 1ут 1і 2льки у 1се 2і це 2й 1их 1ього 1я 1і 2єї через 1и ' +
    'ще 1о 2б я 1к 2а 2е 2ий 3х 2ого 3ї 2що 2і є і 1з їм 1х 1ї',
  pl:
    'a 1by 1lbo 2e 1ni 1ż bardziej 5o 1ez 1o 2wiem 1y 2li 2ć 2ł 3a 3o 3y 1ędzie 3ą ci 2ę 1o 1zy 3li dla 3czego 3tego ' +
    '1o gdy 3by 3ż 2zie i 1ch 1le 1m 1ż ja 2k 3a 3i 4e 3o 1e 2dnak 2go 2j 2mu 2st 4em 3zcze 2śli 2żeli 1uż 1ą każdy ' +
    '1iedy 1to 2óra 4e 5go 5j 4y 5ch 5m 4zy 1u lecz 1ub ma 2ją 1i 2mo 2ędzy 1nie 1oże 3na 1y na 2d 2m 2s 2tomiast ' +
    '2wet 1ic 3h 2e 3go 3j 2m 2ż o 1bok 1d 1koło 1n 2a 2e 2i 2o 1raz po 2d 3czas 2nad 3ieważ 2za 1rzed 4z 3y również ' +
    'sam 1ię 1obie 1woich 4m 3je 5j 4ą 2ój 1ą ta 2k 3że 2m 1e 2go 2j 2mu 2n 2ż 1o 1u 1ych 2lko 2m u w 1e 2dług 1ięc ' +
    '1szyscy 5tkich 8e 7o 1śród z 1a 1e 1ostali 5ł 6a 6o 6y że 2by',
  cs:
    'a 1by 1le 1nebo 2i 2o 1si 1ť 1ž bez 3e 1ude 3ou 1y 2l 3a 3i 3o 3y 1ýt co 2ž další 5ch 1o ho i jak 3o 1e 2ho 2j ' +
    '3ich 3í 2n 3ž 2ště 1i 2m 2ž 1sem 2me 2ou 2te 1í k 1am 1de 2o 2y 3ž 1e 1terou 4á 4é 4ý 3ří 1vůli mají 1ezi 1i 1u ' +
    '1y 1á na 2d 1e 2bo 2ní 2ž 1ic 1ám 2s o 1d 1n 2a 2i 2o 2y pak 1o 2d 3le 2kud 2uze 1ro 3ti 4ože 1řed 3s 2i s 1e 1i ' +
    '1vou 2é 2ých 3m tak 3é 3že 2m 2to 1en 3to 1o 2ho 2m 3u 1u 1yto 1ím u 1ž v 1e 1ám 2s 1šak 2echny z 1a 1da 1e či ' +
    'že',
  sk:
    'a 1by 1j 1ko 1le 3bo 1ni 1ž bez 1ol 3a 3i 3o 1y 2ť do ešte ho i 1ch ja 1e 2ho 2j 1u k 1am 1de 1eď 1torej 4á 4é ' +
    '4í 4ý 5ch 1u len ma 2jú 2l 3a 3i 1edzi 1i 1á 1ôže na 2d 1ie 1o o 1d 1n 2a 2i 2o po 2d 3ľa 1re 3d 2i s 1a 1i 1me ' +
    '1o 1voj 4e 5j 1ú tak 3že 2m 1iež 1o 2m 1u už v 1o 1šak z 1a 1o či 1o že',
  lt:
    'ant 1pie 1r 2ba 1š be 2i 2t 1us 2vo 1ūti 3ų dabar 2r 1ėl esame 3te 2u gali 4ma iki 1r 1š jai 2m 3e 2u 1ei 3gu 1i ' +
    '2e 3ms 2s 1o 2g 2je 2ms 2s 1ums 2o 2s 1ą 1į 1ūs 3ų 1ų kad 2i 3p 2s 1iek 2ta 4s 3i 3ų 1odėl 2l 1ur 3i 4ame 4e 4o ' +
    '5je 5s 4s 4uo 4ą 4ų 3į labai 1ink man 3e 3o 1es 1ums 2s 1ūsų ne 2buvo 2i 2s 2t 1ors 1uo 1ėra o pagal 2s 2t 1er ' +
    '1o 1rie 4š sau 2ve 3o 1u ta 2i 3gi 3p 2rp 2s 2u 2ve 3o 2čiau 1en 1ie 3k 3s 2k 1o 2dėl 2s 1u 2o 2ri 1ą 1ų už ' +
    'viena 5s 2rš 2s 3a 4s 3i 3ką 1ėl yra čia į ši 2e 2o 3s 2s 2uo 2ą 2ų 1į',
  tr:
    'acaba 1ma 1ncak 1rasında 2tık 1slında 1yrıca 1z bazı 1elki 2n 2ri 1ile 2r 3i 3kaç 3şey 2z 1u 2na 3lar 3u 4n ' +
    '1öyle da 2ha 2ki 2n 1e 2fa 2ki 2n 2ğil 1iye eden 2ildi 6ği 4en 3yor 1n 1tmek 2ti 4ği 1ğer gibi 1öre hakkında 1em ' +
    '2p 3si 2r 1iç ile 2gili 2işkin 1n 1se 1tibaren 1çin kadar 2rşı 1endi 2z 1i 2m mu 1ü 1ı nasıl 1e 2den 2rde 3ede ' +
    '4ye 1in 2ye 2çin 1un 1ün 1ın o 1lacak 3n 3rak 2du 4ğu 6nu 1na 2lar 2u 3n rağmen sadece 2nki 1en 1iz 1onra ' +
    '1ırasında tan 2rafından 1en 1üm un var 1e 2ya ya 2ni 1e 1i 1ok 1önelik 1ı çok 1ünkü önce ün 1zere 4inde 8n 6e ın ' +
    'şey 1u 1öyle',
  ro:
    'a 1cea 4sta 6ă 3ea 3i 4a 3l 4a 4e 5a 3st 5a 5e 6a 3ști 6a 2olo 2um 1i 2ci 1l 2e 2t 3a 3e 3ă 2ții 1m 1r 2e 1supra ' +
    '1u 1vea 3m 3ți 2ut 1ș ca 2re 1e 2a 2i 2l 3e 2va 1hiar 1ine 1u 2m 1ând 2t 1ă 2ci 2rei 3or 3ui 2tre da 2că 2r 1e ' +
    '2ci 2ja 2oarece 2și 1in 3tre 1upă ea 1i 1l 2e 1ra 3u 1ste 1u 1ști fi 2e 3care 2ind 1ost 1ără iar la 1e 1i 1or ' +
    '1ui mai 1ult 4e 3ți nici 4un 2mic 1oastră 2i 2stru 1u o 1ri pe 2ntru 2ste 1oate 2t 1rin 4tre 1ână sa 2le 2u 1e ' +
    '1ub 2nt 1ă 2u toate 2t 2ți 1u un 2a 2de 2ei 3le 2ii 2or 2ui 3l va 1oi 2r îi 1l 1n 2că 2tr 4e 1și și ți',
  ca:
    'a 1ixí 1l 2s 1mb 1quell 6a 6es 6s 4st 6a 6es 6s 1ra com d 1e 2l 3s 2s 3prés 1ins 1oncs 1urant el 2l 3a 3es 3s 2s ' +
    '1m 1n 2tre 1ra 2en 1stan 3à 1t fa 1er 1ins ha 2n 2s 2via 1e 2m 2u 1i 1o i ja 1o l 1a 1es 1i 1o ma 1eu 2va 1i ' +
    '1olt 4s 1és na 1i 1o 2saltres o 1n pel 3s 2r 3què 3ò 1oc 2t quan 2e 2i s 1a 1e 2nse 2r 3à 2u 3s 2va 3es 1i 1obre ' +
    '1í 1ón també 2nt 1e 2nen 3ir 1ot 3a 3es 3s 1u 1é un 2a 2es 2s va 2n 1osaltres 3tre és',
  id:
    'ada 3lah 1gar 1kan 1ntara 1pa 1tau bagaimana 3i 2hwa 1elum 1isa dalam 2n 2pat 2ri 1engan 1i 2a hanya 2rus 1ingga ' +
    'ia 1ni 1tu jika 1uga kami 3u 2rena 1e 2pada 1ita lagi 1ebih maka 2na 2sih 1ereka namun oleh pada 2ra 1un saat ' +
    '2ngat 2ya 1ebagai 3elum 2cara 2jak 2perti 2telah 1iapa 1udah tapi 1elah 2ntang 2rhadap 3sebut 2tapi 1idak untuk ' +
    'yaitu 2kni 2ng',
  vi:
    'bị 1ởi chiếc 2o 2úng 2ưa 2ỉ 2ứ 1àng 1ác 2i 1òn 1ó 1ùng 1ũng 1ả 1ần 1ủa 1ứ do 1ưới gì hay 1oặc 1ơn 1ọ khi 2ông là ' +
    '1ên 1úc 1ại mà 1ình 1ỗi 1ột nhiều 2ư 3ng 2ất 2ững 1ày 1ên 1ơi 1ếu 1ữa phải qua ra 1ất 1ằng 1ồi sau 1ẽ 1ự ta 1heo ' +
    '2ì 2ể 1rong 2ên 2ước 1ôi 1ại 1ừ 2ng việc 1à 2o 1ì 1ẫn 1ề 1ới 1ừa đang 1iều 1ây 1ã 1ó 1ược 1ến 1ều 1ể ấy ở',
  hi:
    'अपना 3ी 3े 1ब आप इन 1स 2का 3ी 3े 2ी 2े उन 2का 3ी 3े 2्होंने 1स 2के 2ी 2े एक 1वं और कर 2ता 3ी 3े 2ने 1हा 1ा 1ि ' +
    '2या 2सी 1ी 1ुछ 1े 1ो 2ई 1्योंकि गई 1ए 1या जब 1ा 1ैसे 1ो तक 1था 1ब 1ो था 1ी 1े दिया 1्वारा नहीं 1े पर बहुत 1ाद भी ' +
    'में 1ैं यह 2ाँ 3ं 1ा 1े रहा 2ी 2े लिए 1ेकिन व 1ह 2ाँ 3ं 1ाली 3े 1े 1ो सकता 3े 1भी 1ाथ 1े हम 1ी 1ुआ 2ई 2ए 1ै 2ं ' +
    '1ो 2गा 3ी 2ता 3ी 2ने',
});

function expandLists<Lists extends Record<string, string>>(lists: Lists): { readonly [Language in keyof Lists]: string } {
  const expanded = Object.entries(lists).map(([language, list]) => [language, expandFrontCoded(list)]);
  return Object.fromEntries(expanded) as { [Language in keyof Lists]: string };
}

/** A language told apart by its word list. */
export type WordListLanguage = keyof typeof STOPWORDS;
