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
 * The lists are sorted and front-coded in the source, which spares 1.9 kB (minified and brotli-compressed)
 * of the bundle that parses: a word led by a digit `n` is the word before it less its last `n` letters,
 * then the letters after the digit, and the digit stands for the space, so `ab0er3lle0m1n bei` reads
 * `ab aber alle allem allen bei`. Counting the letters dropped rather than those kept writes the forms of
 * a word alike whatever its length (`dein0e0m1n1r1s`, `jede0m1n1r1s`), which compresses better. To add a
 * word, write it in full at its sorted place after a space, and the word after it in full too. The lists
 * are expanded once, when the module loads.
 * @example
 * STOPWORDS.de.split(' ').includes('und'); // true
 */
export const STOPWORDS = /* @__PURE__ */ expandLists({
  en:
    'a0bout2ve4fter4gain0st6ll1so2though7m0ong4n0d1y2re2s1t be0cause5en2fore4ing3low3tween6oth3ut2y can2ould did2o0' +
    'es2ing3n1wn3uring each3ven1r0y few2or2rom3urther had1s1ve1ing5e0r0e1s0elf6im0self5s2ow0ever i0f1n0to3s1t0s0elf' +
    ' just many2y2e1ight4ore2st3uch2st3y0self no0r1t1w of0f2n0ce2ly3r1ther4ur0s0elves7t2ver3wn s0ame3hall3e1ould5in' +
    'ce4o0me3till4uch t0han1t2e0ir0s3m0selves7n1re2se2y2is2ose2ugh4rough6o0o under3til4p0on3s very was2e0re3hat2en1' +
    're2ther5ich2le3o0m2y2ill2th0in2out6ould yet2ou0r0s0elf1ves',
  de:
    'ab0er3lle0m1n1r1s3s0o3m1n0der0e0m1n1r1s2m1n1s5uch2f1s bei0m2reits6in1s0t da0bei3für3mit3nn2rauf4s0s0elbe6von3z' +
    'u2ß2ein0e0m1n1r1s4m0selben7n0en2n1selben7r0en1r2selbe0n7s0selben4n5ich2e0s0e0lbe0n4m1n1r1s4r2och2rt3u0rch ein0' +
    'e0m1n1r1s2ig0e0m1n1r1s4mal5r1s1twa0s4uch2er2re0m1n1r1s für gegen3wesen hab0e0n3t0te0n5ier2n0ter5ätte0n ich2hm1' +
    'n0en3r0e0m1n1r1s4m0mer4n0dem3s2st jede0m1n1r1s2och4ne0m1n1r1s3tzt kann3ein0e0m1n1r1s5onnte5önnen2te machen4n0c' +
    'he0m1n1r1s6ehr2in0e0m1n1r1s5ich2r1t2uss0te5üssen nach3icht0s5och3un1r ob1der3hne schon4ehr2in0e0m1n1r1s3t2lbst' +
    '5ich2e1nd3o0lche0m1n1r1s4l0en2te4ndern4st3wie um1nd1s0er0e0m1n1r1s5ter viel3om1n1r war0en2st3s2eg1il1ter4lche0' +
    'm1n1r1s5m1n0n2r0de0n5ie0der4ll2r0d1st4o0llen2te4rden5urde0n5ährend5re3ürde0n zu0dem3m1r2war2ischen über',
  fr:
    'a0i0e0nt2s2nsi3t2lors4près4s1u0ra0i0ent3s1t2s2ez2iez2ons4ons1t4ssi3tre0s4x2vaient3s1t2nt3ec1z2iez2ons4oir2ns4y' +
    'ant0e0s2s4ez2ons bien c0ar2e0ci2la1le2ui3s1t0te3ux3hez3omme d0ans3e0puis4s2onc1t3u1éjà elle0s4n0core4tre4s0t2t' +
    '1u0e0s2rent4s0se0nt2s2iez2ons6t1x2ûmes3t0es faire2t3urent4s0se0nt2s2iez2ons6t2ûmes3t0es il0s j0e l0a1e0s1ur0s4' +
    'ors3ui m0a0is3e0s2oi1n2ême n0e1i1os1tre3us on0t2u1ù par1s2eut3lus3our qu0and3e1i s0a0ns3e0lon3ra0i0ent3s1t2s2e' +
    'z2iez2ons4ons1t4s2i1oient3s1t2mmes4n0t2us2yez2ons5uis2r t0a1e0s2oi1n1us1t0e0s5rès3u un0e vers3os1tre3us y à ça' +
    ' étaient3s1t2nt0e0s2s4iez2ons4é0e0s2s êtes2re',
  es:
    'a0l0go1unas2os6nte0s4sí2unque5ún bajo cada3omo2n0tra5ual1ndo de0l1sde4onde4urante e0l0la0s2os4n0tre4ra0is2n1s2' +
    'es3s0a0s2e1o0s2ta0ba0is2n1s3d0a0s2o0s3mos3ndo3r0emos4á0n1s2é0is3ía0is2mos3n1s4s2e0mos4o0s1y2uve1iera0is2n1s2on' +
    '3se0is2n1s4mos3ste0is5éramos5semos7o3á0bamos5is2n1s2é0is2n1s fue0ra0is2n1s2on3se0is2n1s4i0mos3ste0is6éramos5se' +
    'mos ha0bida0s2o0s3endo5remos4á0n1s2é0is3ía0is2mos3n1s4éis3ía0is2mos3n1s4cia3n1s0ta3y0a0mos3n1s2áis5e0mos4ube1i' +
    'era0is2n1s2on3se0is2n1s4mos3ste0is5éramos5semos7o la0s2e0s2o0s2uego me1i0entras6s2ucho0s4y2ás2í0a0s2o0s nada3i' +
    '1o0s0otras2os7uestra0s2o0s o0s1tra0s2o0s para3ero3oco2r0que que1ien0es5é se0a0mos3n1s2gún3r0emos4á0n1s2é0is3ía' +
    '0is2mos3n1s4áis4i0do2n0o3obre3is2lo2mos3n1y2u0s1ya0s2o0s4í1ólo también5n0to4e0ndremos4á0n1s2é0is3ía0is2mos3n1s' +
    '5emos4ga0mos3n1s2o1áis4ida0s2o0s3endo5éis3ía0is2mos3n1s5i0ene0n1s5odavía4o0s4ras3u0s1ve1iera0is2n1s2on3se0is2n' +
    '1s4mos3ste0is5éramos5semos7o2ya0s2o0s4ú un0a1o0s vosotras2os7uestra0s2o0s y0a1o él1ramos',
  it:
    'a0bbia0mo2no2te6d1gl0i3i1l0l0a1e1o3nche2ora5vemmo3ndo3sse0ro3i0mo4te1i3te2va0mo2no2te3i1o3rai1nno4ebbe0ro5i1mm' +
    'o2o2ste1i3te3à1ò2uta1e1i1o c0he1i2i1oi1l1me2n0tro4sì3ui da0gl0i3i1l0l0a1e1o4egl0i3i1l0l0a1e1o4i1opo2v0e e0bbe0' +
    'ro3i3d1ra0no2vamo2te5i1o2ssendo3re faccia0mo2no2te3o3emmo3ndo3sse0ro3i0mo4te1i3va0mo2no2te3i1o4i1nno3rai1nno4e' +
    '0bbe0ro5i1mmo2o2ste1i3te3à1ò3ece0ro3i3osse0ro3i0mo4te1i4ra2u0i1mmo3rono già2li ha0i1nno4o i0l1n1o l0a1e0i2i1o0' +
    'ro3ui ma1entre5i0a1e0i2o2olto ne0gl0i3i1l0l0a1e1o4oi1n1stra1e1i1o5é o0gni3ppure per0ché3ò3iù2oi2rima4uò quale2' +
    'ndo2ta1e1i1o4ella1e1i1o3sta1e1i1o sarai1nno4ebbe0ro5i1mmo2o2ste1i3te3à1ò3e0i1mpre4nza4i0a0mo2no2te3ete4olo2no3' +
    'ta0i1ndo2no3rai1nno4ebbe0ro5i1mmo2o2ste1i3te3à1ò2ta1e1i1o2va0mo2no2te3i1o3emmo3sse0ro3i0mo4te1i3tte0ro3i4ia0mo' +
    '2no2te4o2u0a1e1gl0i3i1l0l0a1e1o3o0i tanto4i1ra2u0a1e1o0i2tti1o un0a1o verso4i1oi1stra1e1i1o è',
  pt:
    'a0inda4o0s2pós3quela0s2e0s4ilo5s0sim4té cada3om0o da0s2e0la0s2e0s3pois4sde4o0s e0la0s2e0s3m1ntre2ão4ra0m3ssa0s' +
    '2e0s3ta0mos3r1s1va0m4e0ja0m0os5s1ve3ive0mos3r0a0m2em2mos4sse0m5éramos5ssemos9ou2á0vamos6ão4u foi1mos3r0a0m2em2' +
    'mos4sse0m5ui2ôramos5ssemos haja0m0os5vemos6ei2ouve0mos3r0a0m2ei1m0os4ia0m3mos3á1ão2íamos6sse0m5éramos5ssemos h' +
    'á1ão isso2to já lhe0s mais2s2e0smo3u0s3inha0s5uito na0s2em2o0s0sa0s2o0s5um0a3ão2ós o0nde3s1u0tra0s2o0s para3el' +
    'a0s2o0s4ois2r0que qual1ndo4e0m se0ja0m0os5m1r0ei1mos4ia0m3á1ão2íamos6u0s3ido3obre3mos3u2ua0s3ão2ó também5e0m0o' +
    's3nha0m0os4o3r0ei1mos4ia0m3á1ão2íamos6u0s2ve3inha0m4ve0mos3r0a0m2em2mos4sse0m5éramos5ssemos9oda0s2o0s4u0a0s3ém' +
    '2ínhamos um0a você0s3s à0s éramos',
  nl:
    'aan2l0le0s3s1tijd5ndere beide3n2ij daar2n1t2e0r1ze3ie1t2och2en2or3us echter5en0s3lk0e3n0kele5r ge0en2weest haa' +
    'r2d0den5eb0ben4eft3m1n1t2ier2j2oe2un iemand4ts3k1n1s ja1e1ullie kan2on2unnen maar3e0er2n1t2ij0n3oet0en4gen na0' +
    'ar3iet0s4og2u of1m0dat4nder3s1ze3ok2p1ver per reeds sinds te0gen4och2en2t2ussen u0it2w van2eel3olgens5or waar0' +
    'in2op4nt2ren3s1t2e0l0ke3rd2zen4ie1j1l2orden2t zal2e0lf3ich2j0n3o0als3nder4u2ullen',
  sv:
    'alla1t3tt2v bara3lev2i0r1vit de0m1n0na3ras3ss0a3t0ta4ig1n0a2tt3ock3u1är2å efter4j1ller4n0ligt5r0a1t2tt från3år' +
    '2ör ha0de2n0s2r2enne0s5on0om3s2ur2är i0cke3nga1en1t3om2te jag2u kan2ommer5unde2na man2ed1llan4n2ig1n0a2tt3ot2y' +
    'cket5ånga3ste ni1og2u1är2ågon1t2ra och1kså4m1ss på samma4edan4ig1n0a2tt0a4jälv4ka0ll3ulle5om2å0dan0a1t till un' +
    'der4pp2t0an vad1r0a1för3it2je2s1t3em2i0d1lka0s2en1t5år0a1t än1r1ven åt över',
  da:
    'ad1f1lle2t2nden4t bare3lev0et4ive0r5åde da1e0m1n0ne3r0es3t0te4ig1n1sse4og2u efter4ller4n0d2r1t fik2lere4or0di4' +
    'ra2år2ør ham1n0s2r1vde2e3ende0s4r2os2un2vad2ilke0n4s2or0dan3for i0kke3nd0en3gen jeg1r0es4o kan2un0ne man0ge4ed' +
    '1get3llem4n0s2re2st3ig1n0e2t2od ned2ogen1t2le4u1år og0så3m1p1s1ver på samt3elv3iden3g1n0e2t2kal2ulle5om2å0dan ' +
    'thi2il ud0en3nder var2ed2i0l0le4or0es4ære0t',
  no:
    'alle3ndre3nen1t4t1v bare3egge4lant3e0i2i0r1tt4åde2e da1e0g1i0m1ra1es4m1n0ne3r0e0s3t0te4i0n1sse3tt3u1ykk0ar5å e' +
    'g1in1t0t3ller1s4n0n2r1t0t0er fikk3lere4or0di4ra2år2ør gjennom ha0dde3n0s2r2ennar2e0s4r2jå2o0e1nom3s0s0en5un2va' +
    '1em1r2ilke0n4s2or0dan3for i0kke1je4ngen2i2kje3n0i ja1eg kan2om1rleis4so4un0ne4va0r0helst7en2i0for man0ge4e0d0a' +
    'n3g0et3llom4n0s2r2i0n0e2tt3ot2ye1kje4å ned2o0e0n2ka1o0n1r2re4å0r og0så3m1pp2ss2ver på samme4eg1lv3i0a1dan2en3n' +
    '0e2tt3jøl3kal2ulle5lik3o0m0me2t3å0nn til um1nder4pp2t0en var0t0e4ed1re1te4i0l0le4ore1s1t3år0e3ære1t å',
  fi:
    'ei0vät4mme3n1t0te1ä he0idän1t3hin3lle1ä2tä3ssä2tä3tä4än0een2lle1ä2tä3n1ssä2tä3t2tä itse ja1o0hon3iden3hin3ksi3' +
    'lla1e2ta3na2ssa2ta3ta3ka1si3lla1e2ta3na1ka3s0sa2ta3ta1ka4älkeen kanssa5eiden3hin3ksi3lle1ä2tä3nä2ssä2tä3tä3nee' +
    'n2ksi3lle1ä2tä3n0ä2ssä2tä3t3tkä2ä3oska4uin2ka2n me0idän1t3hin3lle1ä2tä3ssä2tä3tä4ihin3ksi2ä2lle1ä2tä3nkä2ua1ll' +
    'a1e2ta3n1ssa2ta3t1un3ä2ssä2tä3tkä2ä3ukaan4tta4yös ne1iiden3hin3ksi3lle1ä2tä3n0ä2ssä2tä3tä4oiden3hin3ksi3lla1e2' +
    'ta3n0a2ssa2ta3ta4uo2yt2äiden3hin3ksi3lle1ä2tä3nä2ssä2tä3tä3mä ole0mme3n1t0te4i0mme3n1si0mme3n1t0te3vat5t0te3va' +
    't4la1eet3ut4n1vat poikki se0kä2n2iihen3nä2tä3ksi3lle1ä2tä3nua1lla1e2ta3n1ssa2ta3t1un3ä2tten3ä tai2e0idän1t3hin' +
    '3lle1ä2tä3ssä2tä3tä4uo0hon3ksi3lla1e2ta3n0a2ssa2ta3ta4ähän3ksi3lle1ä2tä3mä0n3nä2ssä2tä3tä vaan2i0kka3n3ielä yl' +
    'i',
  hu:
    'a0bban4hhoz3ogy2l3ki0k2kor4latt4mely0ek0ben3et3t2nek6i0kor3t2olyan5íg3nnak4rra1ól4z0ok1n0ban5t0án3után4zal3ért' +
    ' be0lül3nne4ár csak de e0bben4ddig4gy0es1tlen5ik2re2éb3ész4hhez4kkor4l0len3ég2ő0ször4tt4milyen6nnek4rre3z0ek1n' +
    '2t1zel3ért fel0é hanem4iszen5ogy0an igen3lletve5yen0kor7s0mét4tt kell0ett5resztül8i1ívül4özött3ül legalább5yen' +
    '4het0ett6nne1i3sz2tt maga1át3jd3eg1llett4y0ek4rt3i0kor3lyen4nden0ki2t3ig3t0ha4t1vel3ért4ost3ár1s0ik4ég2íg nagy' +
    'on5e0kem2i2m2incs4éha1ány4lkül olyan4tt pedig3rsze rá s0aját4em0mi4ok0at2kal5zemben4rint5inte4ámára talán4ehát' +
    '4ovább0á6öbb ugyanis6tán0a vagy0is2ok4laki2mi0nt5ó2n0nak5ele3issza3zont6olna2t0ak1m2unk által0ában8t én1ppen4s' +
    ' így össze úgy2jra ő0k0et',
  ru:
    'а без2олее2ьше5удет2то4ы0л0а1и1о2ть в0ам1с2друг4едь3о0т2прочем6се0гда2о2х2ю1ё2ы где да0же3ля2о1ругой его2е1й1м' +
    'у2сли2ть3ще1ё2ё ж0е за0чем4десь и0з1ли2м1ногда5х к0ак0ая2ой4огда3нечно5торая2ое1й1м2ую2ые1й1м1х6роме4то2уда ли' +
    '0шь между3ня3не1ого4ожет2но3й1я2ы на0д0о2конец5с2е0го2е1й1льзя4т2и0будь4когда5м1х1чего5о1у о0б1дин2нако5н0а1и2' +
    'пять4т1чень перед4о0д1ка2сле3том0у4чти4ри1о раз0ве с0ам2воего2й2и0х2й1ю3ебе1я2йчас5о0всем так0же2ой3м2ебя2м1пе' +
    'рь5о0гда2о2же2лько4м1т2ут2ы у0ж0е хоть чего2м1рез4то0б0ы4уть эта1и0м1х2о0го2й1м1т2у я',
  uk:
    'а0бо2дже3ле без2ув1де2ла1и1о2ти в0ам1с2же2и1она1и1о3се1і2ід1н для2о1уже же з0а1окрема6і й0ого коли лише мене1і' +
    '3и1оже3іж на0віть4д1м1с2е0ю1ї2им1х2ього перед4о1ри1о0те4ід1сля саме3вою1є1ї0х4ебе та0к0ож3м2ебе3и1обі2го2й1му3' +
    'ут2і0льки у0се1і це0й2их2ього4я1і0єї через4и ще1о0б я0к0а1е1ий1х2ого2ї2що2і є і0з їм1х1ї',
  pl:
    'a0by2lbo2e2ni2ż bardziej3o5ez2o0wiem5y0li2ć1ł0a1o1y3ędzie3ą ci0ę2o1zy0li dla0czego5tego6o gdy0by2ż2zie i0ch2le' +
    '2m1ż ja0k0a1i0e2o3e0dnak4go2j1mu2st0em3zcze5śli3żeli5uż2ą każdy4iedy4to1óra1e0go2j2y0ch2m2zy5u lecz3ub ma0ją3i' +
    '0mo2ędzy5nie3oże1na4y na0d1m1s1tomiast7wet4ic0h2e0go2j2m1ż o0bok3d1koło4n0a1e1i1o2raz po0d0czas5nad2ieważ6za3r' +
    'zed1z2y również sam2ię2obie4woich2m2je0j2ą3ój3ą ta0k0że3m2e0go2j1mu2n1ż2o1u1ych2lko3m u w0e0dług5ięc3szyscy2tk' +
    'ich2e2o7śród z0a1e1ostali2ł0a1o1y że0by',
  cs:
    'a0by2le2nebo3i1o2si2ť1ž bez0e3ude1ou4y0l0a1i1o1y3ýt co0ž další0ch6o ho i jak0o3e0ho2j0ich3í2n0ž2ště4i0m1ž2sem2' +
    'me2ou2te3í k0am2de1o1y0ž3e1terou2á1é1ý2ří4vůli mají3ezi3i1u1y1á na0d2e0bo2ní2ž2ic2ám1s o0d1n0a1i1o1y pak2o0d0l' +
    'e3kud3uze4ro0ti1ože6řed1s2i s0e1i1vou2é1ých2m tak0é1že3m1to3en0to4o0ho2m0u3u1yto3ím u0ž v0e1ám1s2šak2echny z0a' +
    '1da2e či že',
  sk:
    'a0by2j1ko2le0bo4ni2ž bez2ol0a1i1o3y0ť do ešte ho i0ch ja1e0ho2j2u k0am2de2eď2torej2á1é1í1ý0ch6u len ma0jú2l0a1' +
    'i3edzi4i1á1ôže na0d2ie2o o0d1n0a1i1o po0d0ľa4re0d2i s0a1i1me2o1voj0e0j5ú tak0že3m2iež3o0m2u už v0o1šak z0a1o č' +
    'i1o že',
  lt:
    'ant2pie3r0ba3š be0i1t2us1vo3ūti1ų dabar3r2ėl esame2te3u gali0ma iki2r1š jai1m0e2u2ei0gu4i0e0ms3s2o0g1je2ms2s2u' +
    'ms2o1s2ą1į1ūs0ų3ų kad1i0p2s2iek2ta0s2i1ų3odėl3l2ur0i0ame3e1o0je2s2s1uo2ą1ų2į labai4ink man0e1o3es2ums2s2ūsų ne' +
    '0buvo4i1s1t2ors3uo2ėra o pagal3s1t2er2o1rie0š sau1ve1o3u ta0i0gi2p2rp2s1u1ve1o2čiau5en2ie0k1s2k2o0dėl3s2u0o1ri' +
    '3ą1ų už viena0s4rš2s0a0s2i1ką4ėl yra čia į ši0e1o0s2s1uo2ą1ų2į',
  tr:
    'acaba4ma2ncak4rasında6tık4slında6yrıca5z bazı3elki3n1ri3ile2r0i1kaç3şey4z2u0na1lar3u0n4öyle da0ha2ki2n2e0fa2ki' +
    '2n1ğil4iye eden2ildi0ği4en3yor5n1tmek3ti0ği5ğer gibi3öre hakkında7em1p0si3r2iç ile1gili4işkin6n1se2tibaren7çin' +
    ' kadar3rşı4endi3z2i0m mu1ü1ı nasıl4e0den3rde2ede2ye5in1ye2çin4un2ün2ın o0lacak3n1rak4du0ğu0nu7na1lar3u0n rağme' +
    'n sadece4nki4en2iz2onra4ırasında tan1rafından9en2üm un var2e0ya ya0ni3e1i1ok2önelik6ı çok2ünkü önce ün1zere1in' +
    'de0n3e ın şey2u1öyle',
  ro:
    'a0cea0sta1ă4ea2i0a2l0a1e0a3st0a1e0a4ști0a5olo3um3i0ci3l0e1t0a1e1ă2ții4m1r0e2supra5u1vea1m1ți3ut3ș ca0re3e0a1i1' +
    'l0e2va3hiar4ine3u0m2ând2t2ă0ci2rei2or2ui3tre da0că2r2e0ci2ja2oarece6și3in0tre5upă ea1i1l0e2ra0u3ste3u1ști fi0e' +
    '0care5ind4ost3ără iar la1e1i1or2ui mai2ult0e2ți nici0un4mic4oastră5i1stru5u o0ri pe0ntru4ste4oate3t2rin0tre6ân' +
    'ă sa0le2u2e1ub1nt3ă0u toate3t1ți3u un0a1de2ei1le3ii2or2ui1l va1oi1r îi1l1n0că2tr0e4și și ți',
  ca:
    'a0ixí3l0s2mb2quell0a1es2s3st0a1es2s6ra com d0e0l0s2s0prés6ins3oncs4urant el0l0a1es2s2s2m1n0tre4ra1en3stan2à3t ' +
    'fa1er2ins ha0n1s1via4e0m1u2i1o i ja1o l0a1es2i1o ma1eu1va3i1olt0s4és na1i1o0saltres o0n pel0s2r0què3ò3oc1t qua' +
    'n2e1i s0a1e0nse3r0à2u0s2va1es4i1obre4í1ón també3nt3e0nen2ir4ot0a1es2s3u1é un0a1es2s va0n2osaltres6tre és',
  id:
    'ada0lah5gar3kan3ntara5pa2tau bagaimana6i2hwa4elum4isa dalam3n1pat3ri3engan5i0a hanya3rus4ingga ia1ni2tu jika3u' +
    'ga kami1u2rena5e0pada5ita lagi3ebih maka2na2sih4ereka namun oleh pada2ra3un saat2ngat4ya3ebagai4elum5cara4jak3' +
    'perti5telah6iapa4udah tapi3elah3ntang5rhadap5sebut6tapi5idak untuk yaitu3kni3ng',
  vi:
    'bị1ởi chiếc3o1úng3ưa2ỉ1ứ2àng3ác1i2òn2ó1ùng3ũng3ả1ần2ủa2ứ do1ưới gì hay2oặc3ơn2ọ khi1ông là1ên2úc2ại mà1ình3ỗi2' +
    'ột nhiều3ư0ng3ất2ững4ày2ên2ơi2ếu2ữa phải qua ra1ất2ằng3ồi sau2ẽ1ự ta1heo2ì1ể2rong3ên2ước4ôi2ại2ừ0ng việc3à0o2ì' +
    '1ẫn2ề1ới2ừa đang3iều3ây2ã1ó1ược3ến2ều2ể ấy ở',
  hi:
    'अपना1ी1े3ब आप इन1स0का1ी1े2ी1े उन0का1ी1े2्होंने7स0के2ी1े एक1वं और कर0ता1ी1े2ने3हा2ा1ि0या2सी3ी1ुछ2े1ो0ई2्योंकि ग' +
    'ई1ए1या जब1ा1ैसे3ो तक1था2ब1ो था1ी1े दिया3्वारा नहीं3े पर बहुत3ाद भी में2ैं यह0ाँ1ं3ा1े रहा1ी1े लिए2ेकिन व0ह0ाँ1' +
    'ं3ाली1े3े1ो सकता1े3भी2ाथ2े हम1ी1ुआ1ई1ए2ै0ं2ो0गा1ी2ता1ी2ने',
});

function expandLists<Lists extends Record<string, string>>(lists: Lists): { readonly [Language in keyof Lists]: string } {
  const expanded = Object.entries(lists).map(([language, list]) => [language, expandFrontCoded(list)]);
  return Object.fromEntries(expanded) as { [Language in keyof Lists]: string };
}

/** A language told apart by its word list. */
export type WordListLanguage = keyof typeof STOPWORDS;
