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
 * The lists are sorted and front-coded in the source, which spares 1.7 kB (minified and brotli-compressed)
 * of the bundle that parses: a word led by a digit `n` starts with the first `n` letters of the word
 * before it, and the digit stands for the space, so `ab2er1lle4m bei` reads `ab aber alle allem bei`.
 * A word added in full at its sorted place, after a space, keeps the list right. The lists are expanded
 * once, when the module loads.
 * @example
 * STOPWORDS.de.split(' ').includes('und'); // true
 */
export const STOPWORDS = /* @__PURE__ */ expandLists({
  en:
    'a1bout3ve1fter1gain5st1ll2so2though1m2ong1n2d2y1re1s1t be2cause2en2fore2ing2low2tween1oth1ut1y can1ould did1o2es2ing' +
    '2n2wn1uring each1ven3r4y few1or1rom1urther had2s2ve3ing1e2r3e3s4elf1im3self2s1ow3ever i1f1n2to1s1t2s3elf just many2y' +
    '1e1ight1ore2st1uch2st1y2self no2r2t2w of2f1n2ce2ly1r1ther1ur3s4elves2t1ver1wn s1ame1hall2e2ould1ince1o2me1till1uch t' +
    '1han3t2e3ir5s3m4selves3n3re3se3y2is2ose3ugh2rough1o2o under2til1p2on1s very was1e2re1hat2en3re3ther2ich3le2o3m2y1ill' +
    '2th4in4out1ould yet1ou3r4s5elf7ves',
  de:
    'ab2er1lle4m4n4r4s2s3o1m1n2der5e6m6n6r6s5m5n5s1uch2f2s bei3m2reits1in2s3t da2bei2für2mit2nn2rauf2s3s4elbe2von2zu2ß' +
    '1ein4e5m5n5r5s2m3selben2n3en3n3selben2r3en4r3selbe8n2s3selben5n1ich2e3s4e5lbe8n5m5n5r5s2r1och2rt1u2rch ein3e4m4n4r4s' +
    '3ig5e6m6n6r6s3mal1r1s1twa4s1uch2er2re4m4n4r4s für gegen2wesen hab3e4n2t3te5n1ier2n3ter1ätte5n ich1hm2n3en2r3e4m4n4r' +
    '4s1m2mer1n2dem2s1st jede4m4n4r4s3och2ne4m4n4r4s2tzt kann1ein4e5m5n5r5s1onnte1önnen4te machen2n3che6m6n6r6s1ehr2in4e' +
    '5m5n5r5s1ich2r2t1uss4te1üssen nach1icht5s1och1un2r ob1der1hne schon1ehr2in4e5m5n5r5s3t2lbst1ich2e2nd1o2lche6m6n6r6s' +
    '3l4en4te2ndern3st2wie um1nd2s3er5e6m6n6r6s2ter viel1om2n2r war3en3st2s1eg2il3ter2lche6m6n6r6s2m2n3n2r3de5n1ie3der2ll' +
    '2r3d3st1o2llen4te2rden1urde5n1ährend2re1ürde5n zu2dem2m2r1war2ischen über',
  fr:
    'a1i2e3nt3s2nsi2t1lors1près1s1u2ra4i5ent5s5t4s3ez3iez4ons3ons5t2ssi2tre5s2x1vaient4s4t3nt2ec3z2iez3ons2oir3ns1yant5e' +
    '6s5s2ez2ons bien c1ar1e2ci2la3le3ui2s2t3te2ux1hez1omme d1ans1e2puis2s1onc3t1u1éjà elle4s1n2core2tre1s2t1t1u2e3s2rent' +
    '2s3se5nt5s4iez5ons2t2x1ûmes2t3es faire3t1urent2s3se5nt5s4iez5ons2t1ûmes2t3es il2s j1e l1a1e2s2ur4s1ors1ui m1a2is1e2s' +
    '1oi2n1ême n1e1i1os2tre2us on2t1u1ù par2s1eut1lus1our qu2and2e2i s1a2ns1e2lon2ra4i5ent5s5t4s3ez3iez4ons3ons5t2s1i' +
    '1oient3s3t2mmes2n3t2us2yez3ons1uis2r t1a1e2s1oi2n2us3t4e5s1rès1u un2e vers1os2tre2us y à ça étaient4s4t3nt5e6s5s2iez' +
    '3ons2é3e4s3s êtes2re',
  es:
    'a1l2go3unas5os1nte4s1sí1unque1ún bajo cada1omo2n3tra1ual3ndo de2l2sde1onde1urante e1l2la4s3os1n2tre1ra3is3n3s2es1s2a' +
    '3s2e2o3s2ta4ba6is6n6s4d5a6s5o6s4mos4ndo4r5emos5á6n6s5é6is5ía7is7mos7n7s4s3e4mos3o4s4y3uve5iera9is9n9s8on7se9is9n9s' +
    '6mos6ste9is6éramos7semos5o3á4bamos4is4n4s3é4is4n4s fue3ra5is5n5s4on3se5is5n5s2i3mos3ste6is2éramos3semos ha2bida6s5o' +
    '6s4endo3remos4á5n5s4é5is4ía6is6mos6n6s3éis3ía5is5mos5n5s2cia2n2s3ta2y3a4mos4n4s3áis1e2mos1ube3iera7is7n7s6on5se7is7n' +
    '7s4mos4ste7is4éramos5semos3o la2s1e2s1o2s1uego me1i2entras2s1ucho5s2y1ás1í2a3s2o3s nada1i1o2s3otras6os1uestra7s6o7s' +
    ' o1s1tra4s3o4s para1ero1oco2r3que que2ien5es2é se2a3mos3n3s2gún2r3emos3á4n4s3é4is3ía5is5mos5n5s2áis1i2do2n3o1obre2is' +
    '2lo2mos2n2y1u2s2ya4s3o4s1í1ólo también2n3to1e2ndremos5á6n6s5é6is5ía7is7mos7n7s3emos3ga5mos5n5s4o4áis3ida6s5o6s4endo' +
    '3éis3ía5is5mos5n5s1i2ene5n5s1odavía3o4s1ras1u2s2ve3iera7is7n7s6on5se7is7n7s4mos4ste7is4éramos5semos3o2ya4s3o4s1ú un' +
    '2a2o3s vosotras6os1uestra7s6o7s y1a1o él1ramos',
  it:
    'a1bbia5mo5no5te1d1gl3i1i1l2l3a3e3o1nche3ora1vemmo3ndo3sse6ro5i6mo4te5i3te3va5mo5no5te4i4o2rai4nno3ebbe7ro4i4mmo5o' +
    '4ste6i4te3à3ò2uta4e4i4o c1he2i1i1oi2l2me2n3tro2sì1ui da2gl4i2i2l3l4a4e4o1egl4i2i2l3l4a4e4o1i1opo2v3e e1bbe4ro3i1d1ra' +
    '3no3vamo5te2i2o1ssendo4re faccia6mo6no6te5o3emmo4ndo4sse7ro6i7mo5te6i4va6mo6no6te5i5o2i2nno2rai4nno3e4bbe7ro4i4mmo5o' +
    '4ste6i4te3à3ò1ece4ro3i1osse5ro4i5mo3te4i1ra1u2i2mmo2rono già1li ha2i2nno1o i1l1n1o l1a1e2i1i1o2ro1ui ma1entre1i2a2e' +
    '3i2o1olto ne2gl4i2i2l3l4a4e4o1oi2n2stra5e5i5o1é o1gni1ppure per3ché3ò1iù1oi1rima1uò quale3ndo4ta5e5i5o2ella5e5i5o' +
    '3sta5e5i5o sarai4nno3ebbe7ro4i4mmo5o4ste6i4te3à3ò1e2i2mpre2nza1i2a3mo3no3te2ete1olo2no1ta3i3ndo4no3rai5nno4ebbe8ro5i' +
    '5mmo6o5ste7i5te4à4ò3ta4e4i4o3va5mo5no5te4i4o2emmo3sse6ro5i6mo4te5i3tte6ro5i2ia4mo4no4te2o1u2a2e2gl4i2i2l3l4a4e4o2o3i' +
    ' tanto1i1ra1u2a2e2o3i2tti4o un2a2o verso1i1oi2stra5e5i5o è',
  pt:
    'a1inda1o2s1pós1quela6s5e6s3ilo1s2sim1té cada1om3o da2s1e2la4s3e4s2pois2sde1o2s e1la3s2e3s1m1ntre3ão1ra3m1ssa4s3e4s' +
    '2ta4mos4r4s4va6m3e4ja6m7os4s4ve3ive6mos6r7a8m7em7mos6sse9m5éramos6ssemos3ou3á4vamos3ão1u foi2mos2r3a4m3em3mos2sse5m' +
    '1ui1ôramos2ssemos haja4m5os2vemos1ei1ouve5mos5r6a7m6ei7m8os6ia8m6mos6á6ão6íamos5sse8m4éramos5ssemos1á1ão isso2to já' +
    ' lhe3s mais2s1e2smo2u3s1inha5s1uito na2s1em1o2s3sa5s4o5s1um3a1ão1ós o1nde1s1u2tra5s4o5s para1ela4s3o4s1ois2r3que' +
    ' qual3ndo2e3m se2ja4m5os2m2r3ei4mos3ia5m3á3ão3íamos2u3s1ido1obre2mos2u1ua3s1ão1ó também1e2m3os2nha5m6os4o2r3ei4mos' +
    '3ia5m3á3ão3íamos2u3s2ve1inha5m2ve4mos4r5a6m5em5mos4sse7m3éramos4ssemos1oda4s3o4s1u2a3s1ém1ínhamos um2a você4s2s à1s' +
    ' éramos',
  nl:
    'aan1l2le4s2s2tijd1ndere beide2n1ij daar2n2t1e2r2ze1ie2t1och2en2or1us echter1en3s1lk3e1n2kele1r ge2en2weest haar2d' +
    '3den1eb3ben2eft2m2n2t1ier2j1oe1un iemand2ts1k1n1s ja1e1ullie kan1on1unnen maar1e2er2n2t1ij3n1oet4en2gen na2ar1iet4s' +
    '1og1u of1m2dat1nder2s2ze1ok1p1ver per reeds sinds te2gen1och2en2t1ussen u1it1w van1eel1olgens2or waar4in4op2nt2ren2s' +
    '2t1e2l3ke2rd2zen1ie2j2l1orden4t zal1e2lf1ich2j3n1o2als2nder2u1ullen',
  sv:
    'alla3t1tt1v bara1lev2i3r3vit de2m2n3na2ras2ss4a2t3ta1ig2n3a2tt1ock1u1är1å efter1j1ller1n2ligt1r2a2t1tt från1år1ör ha' +
    '2de2n3s2r1enne5s1on3om2s1ur1är i1cke1nga3en4t2om2te jag1u kan1ommer1unde3na man1ed2llan2n1ig2n3a2tt1ot1ycket1ånga' +
    '2ste ni1og1u1är1ågon4t3ra och2kså1m1ss på samma1edan1ig2n3a2tt4a1jälv1ka3ll2ulle1om1å2dan5a5t till under1pp1t2an vad' +
    '2r3a3för3it3je3s3t1em1i2d2lka5s4en5t1år3a3t än1r1ven åt över',
  da:
    'ad1f1lle2t1nden1t bare1lev4et2ive5r1åde da1e2m2n3ne2r3es2t3te1ig2n2sse1og1u efter1ller1n2d1r1t fik1lere1or3di1ra1år' +
    '1ør ham2n3s2r2vde3e1ende5s2r1os1un1vad2ilke6n3s2or4dan4for i1kke1nd3en2gen jeg2r3es1o kan1un3ne man3ge1ed2get2llem2n' +
    '3s2re2st1ig2n3e2t1od ned1ogen4t3le1u1år og2så1m1p1s1ver på samt1elv1iden2g2n3e2t1kal2ulle1om1å2dan thi1il ud2en1nder' +
    ' var1ed1i2l3le1or3es1ære4t',
  no:
    'alle1ndre2nen4t1t1v bare1egge1lant2e3i2i3r3tt1åde2e da1e2g2i3m3ra4es2m2n3ne2r3e4s2t3te1i2n2sse2tt1u1ykk4ar1å eg1in2t' +
    '3t1ller4s1n2n1r1t2t3er fikk1lere1or3di1ra1år1ør gjennom ha2dde2n3s2r1ennar4e5s2r1jå1o2e2nom2s3s4en1un1va2em3r2ilke6n' +
    '3s2or4dan4for i1kke3je1ngen3i2kje2n3i ja1eg kan1om2rleis3so1un3ne1va3r4helst2en2i3for man3ge1e2d3an2g3et2llom2n3s2r' +
    '1i2n3e2tt1ot1ye2kje1å ned1o2e3n2ka3o4n4r3re1å2r og2så1m1pp1ss1ver på samme1eg2lv1i2a2dan3en2n3e2tt1jøl1kal2ulle1lik' +
    '1o2m3me3t1å2nn til um1nder1pp1t2en var3t4e1ed2re3te1i2l3le1ore3s3t1år3e1ære3t å',
  fi:
    'ei2vät1mme1n1t2te3ä he2idän5t3hin3lle5ä4tä3ssä4tä3tä1än3een4lle6ä5tä4n4ssä5tä4t3tä itse ja1o2hon2iden3hin3ksi3lla5e' +
    '4ta3na3ssa4ta3ta2ka3si2lla4e3ta2na3ka2s3sa3ta2ta3ka1älkeen kanssa1eiden3hin3ksi3lle5ä4tä3nä3ssä4tä3tä2neen4ksi4lle6ä' +
    '5tä4n5ä4ssä5tä4t2tkä3ä1oska1uin2ka2n me2idän5t3hin3lle5ä4tä3ssä4tä3tä1ihin2ksi3ä2lle4ä3tä2nkä3ua4lla6e5ta4n4ssa5ta4t' +
    '4un3ä2ssä3tä2tkä3ä1ukaan2tta1yös ne1iiden3hin3ksi3lle5ä4tä3n4ä3ssä4tä3tä1oiden3hin3ksi3lla5e4ta3n4a3ssa4ta3ta1uo1yt' +
    '1äiden3hin3ksi3lle5ä4tä3nä3ssä4tä3tä2mä ole3mme3n3t4te2i3mme3n3si5mme5n5t6te5vat3t4te3vat2la3eet3ut1n1vat poikki se' +
    '2kä2n1iihen3nä3tä2ksi2lle4ä3tä2nua4lla6e5ta4n4ssa5ta4t4un3ä2tten3ä tai1e2idän5t3hin3lle5ä4tä3ssä4tä3tä1uo3hon3ksi' +
    '3lla5e4ta3n4a3ssa4ta3ta1ähän2ksi2lle4ä3tä2mä4n2nä2ssä3tä2tä vaan2i3kka3n1ielä yli',
  hu:
    'a1bban1hhoz2ogy3l1ki3k2kor1latt1mely5ek7ben7et6t5nek2i3kor3t2olyan2íg1nnak1rra3ól1z2ok3n4ban2t3án2után2zal2ért be' +
    '2lül2nne1ár csak de e1bben1ddig1gy3es4tlen3ik3re3éb2ész1hhez1kkor1l2len2ég2ő3ször3tt1milyen1nnek1rre1z2ek3n2t2zel' +
    '2ért fel3é hanem1iszen1ogy4an igen1lletve2yen5kor1s2mét1tt kell4ett2resztül1i1ívül1özött3ül legalább3yen2het5ett2nne' +
    '4i2sz2tt maga3át2jd1eg2llett3y4ek2rt1i2kor2lyen2nden6ki6t4ig3t4ha2t2vel2ért1ost1ár2s3ik1ég1íg nagyon1e2kem3i2m1incs' +
    '1éha3ány2lkül olyan1tt pedig2rsze rá s1aját1em3mi1ok3at3kal1zemben3rint2inte2ámára talán1ehát1ovább6á1öbb ugyanis' +
    '1tán4a vagy4is4ok2laki4mi6nt3ó2n3nak1ele1issza3zont1olna3t4ak5m4unk által5ában1t én1ppen1s így össze úgy1jra ő1k2et',
  ru:
    'а без1олее3ьше1удет3то1ы2л3а3и3о2ть в1ам2с1друг1едь1о2т1прочем1се3гда4о3х2ю2ё1ы где да2же1ля1о1ругой его1е1й1му1сли' +
    '2ть1ще2ё1ё ж1е за2чем1десь и1з1ли1м1ногда1х к1ак3ая3ой1огда2нечно2торая5ое6й6м5ую5ые6й6м6х1роме1то1уда ли2шь между' +
    '2ня1не2ого1ожет3но2й2я1ы на2д3о2конец2с1е2го2е2й2льзя2т1и2будь2когда2м2х2чего1о1у о1б1дин2нако1н2а2и1пять1т1чень' +
    ' перед1о2д2ка2сле2том5у2чти1ри2о раз3ве с1ам1воего4й3и4х3й3ю1ебе3я2йчас1о2всем так3же3ой2м1ебя2м2перь1о2гда3о2же' +
    '2лько2м2т1ут1ы у1ж2е хоть чего2м2рез1то3б4ы1уть эта2и3м3х2о3го3й3м3т2у я',
  uk:
    'а1бо1дже1ле без1ув2де2ла3и3о2ти в1ам2с1же1и1она3и3о1се2і1ід2н для1о1уже же з1а1окрема1і й1ого коли лише мене3і1и1оже' +
    '1іж на2віть2д2м2с1е2ю2ї1им2х1ього перед1о1ри2о3те1ід2сля саме1вою3є3ї4х1ебе та2к3ож2м1ебе1и1обі2го2й2му1ут1і2льки у' +
    '1се2і це2й1их1ього1я1і2єї через1и ще1о2б я1к2а2е2ий3х2ого3ї2що2і є і1з їм1х1ї',
  pl:
    'a1by1lbo2e1ni1ż bardziej5o1ez1o2wiem1y2li2ć2ł3a3o3y1ędzie3ą ci2ę1o1zy3li dla3czego3tego1o gdy3by3ż2zie i1ch1le1m1ż' +
    ' ja2k3a3i4e3o1e2dnak2go2j2mu2st4em3zcze2śli2żeli1uż1ą każdy1iedy1to2óra4e5go5j4y5ch5m4zy1u lecz1ub ma2ją1i2mo2ędzy' +
    '1nie1oże3na1y na2d2m2s2tomiast2wet1ic3h2e3go3j2m2ż o1bok1d1koło1n2a2e2i2o1raz po2d3czas2nad3ieważ2za1rzed4z3y' +
    ' również sam1ię1obie1woich4m3je5j4ą2ój1ą ta2k3że2m1e2go2j2mu2n2ż1o1u1ych2lko2m u w1e2dług1ięc1szyscy5tkich8e7o1śród' +
    ' z1a1e1ostali5ł6a6o6y że2by',
  cs:
    'a1by1le1nebo2i2o1si1ť1ž bez3e1ude3ou1y2l3a3i3o3y1ýt co2ž další5ch1o ho i jak3o1e2ho2j3ich3í2n3ž2ště1i2m2ž1sem2me2ou' +
    '2te1í k1am1de2o2y3ž1e1terou4á4é4ý3ří1vůli mají1ezi1i1u1y1á na2d1e2bo2ní2ž1ic1ám2s o1d1n2a2i2o2y pak1o2d3le2kud2uze' +
    '1ro3ti4ože1řed3s2i s1e1i1vou2é2ých3m tak3é3že2m2to1en3to1o2ho2m3u1u1yto1ím u1ž v1e1ám2s1šak2echny z1a1da1e či že',
  sk:
    'a1by1j1ko1le3bo1ni1ž bez1ol3a3i3o1y2ť do ešte ho i1ch ja1e2ho2j1u k1am1de1eď1torej4á4é4í4ý5ch1u len ma2jú2l3a3i1edzi' +
    '1i1á1ôže na2d1ie1o o1d1n2a2i2o po2d3ľa1re3d2i s1a1i1me1o1voj4e5j1ú tak3že2m1iež1o2m1u už v1o1šak z1a1o či1o že',
  lt:
    'ant1pie1r2ba1š be2i2t1us2vo1ūti3ų dabar2r1ėl esame3te2u gali4ma iki1r1š jai2m3e2u1ei3gu1i2e3ms2s1o2g2je2ms2s1ums2o2s' +
    '1ą1į1ūs3ų1ų kad2i3p2s1iek2ta4s3i3ų1odėl2l1ur3i4ame4e4o5je5s4s4uo4ą4ų3į labai1ink man3e3o1es1ums2s1ūsų ne2buvo2i2s2t' +
    '1ors1uo1ėra o pagal2s2t1er1o1rie4š sau2ve3o1u ta2i3gi3p2rp2s2u2ve3o2čiau1en1ie3k3s2k1o2dėl2s1u2o2ri1ą1ų už viena5s' +
    '2rš2s3a4s3i3ką1ėl yra čia į ši2e2o3s2s2uo2ą2ų1į',
  tr:
    'acaba1ma1ncak1rasında2tık1slında1yrıca1z bazı1elki2n2ri1ile2r3i3kaç3şey2z1u2na3lar3u4n1öyle da2ha2ki2n1e2fa2ki2n2ğil' +
    '1iye eden2ildi6ği4en3yor1n1tmek2ti4ği1ğer gibi1öre hakkında1em2p3si2r1iç ile2gili2işkin1n1se1tibaren1çin kadar2rşı' +
    '1endi2z1i2m mu1ü1ı nasıl1e2den2rde3ede4ye1in2ye2çin1un1ün1ın o1lacak3n3rak2du4ğu6nu1na2lar2u3n rağmen sadece2nki1en' +
    '1iz1onra1ırasında tan2rafından1en1üm un var1e2ya ya2ni1e1i1ok1önelik1ı çok1ünkü önce ün1zere4inde8n6e ın şey1u1öyle',
  ro:
    'a1cea4sta6ă3ea3i4a3l4a4e5a3st5a5e6a3ști6a2olo2um1i2ci1l2e2t3a3e3ă2ții1m1r2e1supra1u1vea3m3ți2ut1ș ca2re1e2a2i2l3e2va' +
    '1hiar1ine1u2m1ând2t1ă2ci2rei3or3ui2tre da2că2r1e2ci2ja2oarece2și1in3tre1upă ea1i1l2e1ra3u1ste1u1ști fi2e3care2ind' +
    '1ost1ără iar la1e1i1or1ui mai1ult4e3ți nici4un2mic1oastră2i2stru1u o1ri pe2ntru2ste1oate2t1rin4tre1ână sa2le2u1e1ub' +
    '2nt1ă2u toate2t2ți1u un2a2de2ei3le2ii2or2ui3l va1oi2r îi1l1n2că2tr4e1și și ți',
  ca:
    'a1ixí1l2s1mb1quell6a6es6s4st6a6es6s1ra com d1e2l3s2s3prés1ins1oncs1urant el2l3a3es3s2s1m1n2tre1ra2en1stan3à1t fa1er' +
    '1ins ha2n2s2via1e2m2u1i1o i ja1o l1a1es1i1o ma1eu2va1i1olt4s1és na1i1o2saltres o1n pel3s2r3què3ò1oc2t quan2e2i s1a1e' +
    '2nse2r3à2u3s2va3es1i1obre1í1ón també2nt1e2nen3ir1ot3a3es3s1u1é un2a2es2s va2n1osaltres3tre és',
  id:
    'ada3lah1gar1kan1ntara1pa1tau bagaimana3i2hwa1elum1isa dalam2n2pat2ri1engan1i2a hanya2rus1ingga ia1ni1tu jika1uga' +
    ' kami3u2rena1e2pada1ita lagi1ebih maka2na2sih1ereka namun oleh pada2ra1un saat2ngat2ya1ebagai3elum2cara2jak2perti' +
    '2telah1iapa1udah tapi1elah2ntang2rhadap3sebut2tapi1idak untuk yaitu2kni2ng',
  vi:
    'bị1ởi chiếc2o2úng2ưa2ỉ2ứ1àng1ác2i1òn1ó1ùng1ũng1ả1ần1ủa1ứ do1ưới gì hay1oặc1ơn1ọ khi2ông là1ên1úc1ại mà1ình1ỗi1ột' +
    ' nhiều2ư3ng2ất2ững1ày1ên1ơi1ếu1ữa phải qua ra1ất1ằng1ồi sau1ẽ1ự ta1heo2ì2ể1rong2ên2ước1ôi1ại1ừ2ng việc1à2o1ì1ẫn1ề1ới' +
    '1ừa đang1iều1ây1ã1ó1ược1ến1ều1ể ấy ở',
  hi:
    'अपना3ी3े1ब आप इन1स2का3ी3े2ी2े उन2का3ी3े2्होंने1स2के2ी2े एक1वं और कर2ता3ी3े2ने1हा1ा1ि2या2सी1ी1ुछ1े1ो2ई1्योंकि गई1ए1या' +
    ' जब1ा1ैसे1ो तक1था1ब1ो था1ी1े दिया1्वारा नहीं1े पर बहुत1ाद भी में1ैं यह2ाँ3ं1ा1े रहा2ी2े लिए1ेकिन व1ह2ाँ3ं1ाली3े1े1ो' +
    ' सकता3े1भी1ाथ1े हम1ी1ुआ2ई2ए1ै2ं1ो2गा3ी2ता3ी2ने',
});

function expandLists<Lists extends Record<string, string>>(lists: Lists): { readonly [Language in keyof Lists]: string } {
  const expanded = Object.entries(lists).map(([language, list]) => [language, expandFrontCoded(list)]);
  return Object.fromEntries(expanded) as { [Language in keyof Lists]: string };
}

/** A language told apart by its word list. */
export type WordListLanguage = keyof typeof STOPWORDS;
