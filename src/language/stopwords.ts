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
 * The lists are sorted and written as joined string pieces, which the minifier folds into one line
 * each: so the bundle carries them in the order that compresses best.
 * @example
 * STOPWORDS.de.split(' ').includes('und'); // true
 */
export const STOPWORDS = {
  en:
    'a about above after again against all also although am among an and any are as at be because been before being ' +
    'below between both but by can could did do does doing don down during each even ever every few for from ' +
    'further had has have having he her here hers herself him himself his how however i if in into is it its itself ' +
    'just many may me might more most much must my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own s same shall she should since so some still such t than that the their theirs them ' +
    'themselves then there these they this those though through to too under until up upon us very was we were what ' +
    'when where whether which while who whom why will with within without would yet you your yours yourself ' +
    'yourselves',
  de:
    'ab aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern ' +
    'anders auch auf aus bei beim bereits bin bis bist da dabei dafür damit dann darauf das dass dasselbe davon ' +
    'dazu daß dein deine deinem deinen deiner deines dem demselben den denen denn denselben der deren derer ' +
    'derselbe derselben des desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser dieses dir ' +
    'doch dort du durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er es ' +
    'etwa etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin ' +
    'hinter hätte hätten ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist jede jedem ' +
    'jeden jeder jedes jedoch jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines konnte ' +
    'können könnte machen man manche manchem manchen mancher manches mehr mein meine meinem meinen meiner meines ' +
    'mich mir mit muss musste müssen nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem ' +
    'seinen seiner seines seit selbst sich sie sind so solche solchem solchen solcher solches soll sollen sollte ' +
    'sondern sonst sowie um und uns unser unsere unserem unseren unserer unseres unter viel vom von vor war waren ' +
    'warst was weg weil weiter welche welchem welchen welcher welches wem wen wenn wer werde werden wie wieder will ' +
    'wir wird wirst wo wollen wollte worden wurde wurden während wäre würde würden zu zudem zum zur zwar zwischen ' +
    'über',
  fr:
    'a ai aie aient aies ainsi ait alors après as au aura aurai auraient aurais aurait auras aurez auriez aurions ' +
    'aurons auront aussi autre autres aux avaient avais avait avant avec avez aviez avions avoir avons ayant ayante ' +
    'ayantes ayants ayez ayons bien c car ce ceci cela celle celui ces cet cette ceux chez comme d dans de depuis ' +
    'des donc dont du déjà elle elles en encore entre es est et eu eue eues eurent eus eusse eussent eusses eussiez ' +
    'eussions eut eux eûmes eût eûtes faire fait furent fus fusse fussent fusses fussiez fussions fut fûmes fût ' +
    'fûtes il ils j je l la le les leur leurs lors lui m ma mais me mes moi mon même n ne ni nos notre nous on ont ' +
    'ou où par pas peut plus pour qu quand que qui s sa sans se selon sera serai seraient serais serait seras serez ' +
    'seriez serions serons seront ses si soient sois soit sommes son sont sous soyez soyons suis sur t ta te tes ' +
    'toi ton tous tout toute toutes très tu un une vers vos votre vous y à ça étaient étais était étant étante ' +
    'étantes étants étiez étions été étée étées étés êtes être',
  es:
    'a al algo algunas algunos ante antes así aunque aún bajo cada como con contra cual cuando de del desde donde ' +
    'durante e el ella ellas ellos en entre era erais eran eras eres es esa esas ese eso esos esta estaba estabais ' +
    'estaban estabas estad estada estadas estado estados estamos estando estar estaremos estará estarán estarás ' +
    'estaré estaréis estaría estaríais estaríamos estarían estarías estas este estemos esto estos estoy estuve ' +
    'estuviera estuvierais estuvieran estuvieras estuvieron estuviese estuvieseis estuviesen estuvieses estuvimos ' +
    'estuviste estuvisteis estuviéramos estuviésemos estuvo está estábamos estáis están estás esté estéis estén ' +
    'estés fue fuera fuerais fueran fueras fueron fuese fueseis fuesen fueses fui fuimos fuiste fuisteis fuéramos ' +
    'fuésemos ha habida habidas habido habidos habiendo habremos habrá habrán habrás habré habréis habría habríais ' +
    'habríamos habrían habrías habéis había habíais habíamos habían habías hacia han has hasta hay haya hayamos ' +
    'hayan hayas hayáis he hemos hube hubiera hubierais hubieran hubieras hubieron hubiese hubieseis hubiesen ' +
    'hubieses hubimos hubiste hubisteis hubiéramos hubiésemos hubo la las le les lo los luego me mi mientras mis ' +
    'mucho muchos muy más mí mía mías mío míos nada ni no nos nosotras nosotros nuestra nuestras nuestro nuestros o ' +
    'os otra otras otro otros para pero poco por porque que quien quienes qué se sea seamos sean seas según ser ' +
    'seremos será serán serás seré seréis sería seríais seríamos serían serías seáis si sido sin sino sobre sois ' +
    'solo somos son soy su sus suya suyas suyo suyos sí sólo también tan tanto te tendremos tendrá tendrán tendrás ' +
    'tendré tendréis tendría tendríais tendríamos tendrían tendrías tenemos tenga tengamos tengan tengas tengo ' +
    'tengáis tenida tenidas tenido tenidos teniendo tenéis tenía teníais teníamos tenían tenías ti tiene tienen ' +
    'tienes todavía todo todos tras tu tus tuve tuviera tuvierais tuvieran tuvieras tuvieron tuviese tuvieseis ' +
    'tuviesen tuvieses tuvimos tuviste tuvisteis tuviéramos tuviésemos tuvo tuya tuyas tuyo tuyos tú un una uno ' +
    'unos vosotras vosotros vuestra vuestras vuestro vuestros y ya yo él éramos',
  it:
    'a abbia abbiamo abbiano abbiate ad agl agli ai al all alla alle allo anche ancora avemmo avendo avesse ' +
    'avessero avessi avessimo aveste avesti avete aveva avevamo avevano avevate avevi avevo avrai avranno avrebbe ' +
    'avrebbero avrei avremmo avremo avreste avresti avrete avrà avrò avuta avute avuti avuto c che chi ci coi col ' +
    'come con contro così cui da dagl dagli dai dal dall dalla dalle dallo degl degli dei del dell della delle ' +
    'dello di dopo dov dove e ebbe ebbero ebbi ed era erano eravamo eravate eri ero essendo essere faccia facciamo ' +
    'facciano facciate faccio facemmo facendo facesse facessero facessi facessimo faceste facesti faceva facevamo ' +
    'facevano facevate facevi facevo fai fanno farai faranno fare farebbe farebbero farei faremmo faremo fareste ' +
    'faresti farete farà farò fece fecero feci fosse fossero fossi fossimo foste fosti fra fu fui fummo furono già ' +
    'gli ha hai hanno ho i il in io l la le lei li lo loro lui ma mentre mi mia mie miei mio molto ne negl negli ' +
    'nei nel nell nella nelle nello noi non nostra nostre nostri nostro né o ogni oppure per perché però più poi ' +
    'prima può quale quando quanta quante quanti quanto quella quelle quelli quello questa queste questi questo ' +
    'sarai saranno sarebbe sarebbero sarei saremmo saremo sareste saresti sarete sarà sarò se sei sempre senza si ' +
    'sia siamo siano siate siete solo sono sta stai stando stanno starai staranno starebbe starebbero starei ' +
    'staremmo staremo stareste staresti starete starà starò stata state stati stato stava stavamo stavano stavate ' +
    'stavi stavo stemmo stesse stessero stessi stessimo steste stesti stette stettero stetti stia stiamo stiano ' +
    'stiate sto su sua sue sugl sugli sui sul sull sulla sulle sullo suo suoi tanto ti tra tu tua tue tuo tuoi ' +
    'tutti tutto un una uno verso vi voi vostra vostre vostri vostro è',
  pt:
    'a ainda ao aos após aquela aquelas aquele aqueles aquilo as assim até cada com como da das de dela delas dele ' +
    'deles depois desde do dos e ela elas ele eles em entre então era eram essa essas esse esses esta estamos estar ' +
    'estas estava estavam este esteja estejam estejamos estes esteve estive estivemos estiver estivera estiveram ' +
    'estiverem estivermos estivesse estivessem estivéramos estivéssemos estou está estávamos estão eu foi fomos for ' +
    'fora foram forem formos fosse fossem fui fôramos fôssemos haja hajam hajamos havemos hei houve houvemos houver ' +
    'houvera houveram houverei houverem houveremos houveria houveriam houvermos houverá houverão houveríamos ' +
    'houvesse houvessem houvéramos houvéssemos há hão isso isto já lhe lhes mais mas me mesmo meu meus minha minhas ' +
    'muito na nas nem no nos nossa nossas nosso nossos num numa não nós o onde os ou outra outras outro outros para ' +
    'pela pelas pelo pelos pois por porque qual quando que quem se seja sejam sejamos sem ser serei seremos seria ' +
    'seriam será serão seríamos seu seus sido sobre somos sou sua suas são só também te tem temos tenha tenham ' +
    'tenhamos tenho ter terei teremos teria teriam terá terão teríamos teu teus teve tinha tinham tive tivemos ' +
    'tiver tivera tiveram tiverem tivermos tivesse tivessem tivéramos tivéssemos toda todas todo todos tu tua tuas ' +
    'tém tínhamos um uma você vocês vos à às éramos',
  nl:
    'aan al alle alles als altijd andere beide ben bij daar dan dat de der deze die dit doch doen door dus echter ' +
    'een eens elk elke en enkele er ge geen geweest haar had hadden heb hebben heeft hem hen het hier hij hoe hun ' +
    'iemand iets ik in is ja je jullie kan kon kunnen maar me meer men met mij mijn moet moeten mogen na naar niet ' +
    'niets nog nu of om omdat onder ons onze ook op over per reeds sinds te tegen toch toen tot tussen u uit uw van ' +
    'veel volgens voor waar waarin waarop want waren was wat we wel welke werd wezen wie wij wil worden wordt zal ' +
    'ze zelf zich zij zijn zo zoals zonder zou zullen',
  sv:
    'alla allt att av bara blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt dock ' +
    'du där då efter ej eller en enligt er era ert ett från får för ha hade han hans har henne hennes hon honom hos ' +
    'hur här i icke inga ingen inget inom inte jag ju kan kommer kunde kunna man med mellan men mig min mina mitt ' +
    'mot mycket många måste ni nog nu när någon något några och också om oss på samma sedan sig sin sina sitt sitta ' +
    'själv ska skall skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars ' +
    'vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är även åt över',
  da:
    'ad af alle alt anden at bare blev blevet blive bliver både da de dem den denne der deres det dette dig din ' +
    'disse dog du efter eller en end er et fik flere for fordi fra får før ham han hans har havde have hende hendes ' +
    'her hos hun hvad hvilke hvilken hvis hvor hvordan hvorfor i ikke ind inden ingen jeg jer jeres jo kan kun ' +
    'kunne man mange med meget mellem men mens mere mest mig min mine mit mod ned nogen noget nogle nu når og også ' +
    'om op os over på samt selv siden sig sin sine sit skal skulle som så sådan thi til ud uden under var ved vi ' +
    'vil ville vor vores være været',
  no:
    'alle andre annen annet at av bare begge blant ble blei bli blir blitt både båe da de deg dei deim deira deires ' +
    'dem den denne der dere deres det dette di din disse ditt du dykk dykkar då eg ein eit eitt eller elles en enn ' +
    'er et ett etter fikk flere for fordi fra får før gjennom ha hadde han hans har hennar henne hennes her hjå ho ' +
    'hoe honom hos hoss hossen hun hva hvem hver hvilke hvilken hvis hvor hvordan hvorfor i ikke ikkje ingen ingi ' +
    'inkje inn inni ja jeg kan kom korleis korso kun kunne kva kvar kvarhelst kven kvi kvifor man mange me med ' +
    'medan meg meget mellom men mens mer mi min mine mitt mot mye mykje må ned no noe noen noka noko nokon nokor ' +
    'nokre nå når og også om opp oss over på samme seg selv si sia sidan siden sin sine sitt sjøl skal skulle slik ' +
    'so som somme somt så sånn til um under upp ut uten var vart varte ved vere verte vi vil ville vore vors vort ' +
    'vår våre være vært å',
  fi:
    'ei eivät emme en et ette että he heidän heidät heihin heille heillä heiltä heissä heistä heitä hän häneen ' +
    'hänelle hänellä häneltä hänen hänessä hänestä hänet häntä itse ja jo johon joiden joihin joiksi joilla joille ' +
    'joilta joina joissa joista joita joka joksi jolla jolle jolta jona jonka jos jossa josta jota jotka jälkeen ' +
    'kanssa keiden keihin keiksi keille keillä keiltä keinä keissä keistä keitä keneen keneksi kenelle kenellä ' +
    'keneltä kenen kenenä kenessä kenestä kenet ketkä ketä koska kuin kuka kun me meidän meidät meihin meille ' +
    'meillä meiltä meissä meistä meitä mihin miksi mikä mille millä miltä minkä minua minulla minulle minulta minun ' +
    'minussa minusta minut minuun minä missä mistä mitkä mitä mukaan mutta myös ne niiden niihin niiksi niille ' +
    'niillä niiltä niin niinä niissä niistä niitä noiden noihin noiksi noilla noille noilta noin noina noissa ' +
    'noista noita nuo nyt näiden näihin näiksi näille näillä näiltä näinä näissä näistä näitä nämä ole olemme olen ' +
    'olet olette oli olimme olin olisi olisimme olisin olisit olisitte olisivat olit olitte olivat olla olleet ' +
    'ollut on ovat poikki se sekä sen siihen siinä siitä siksi sille sillä siltä sinua sinulla sinulle sinulta ' +
    'sinun sinussa sinusta sinut sinuun sinä sitten sitä tai te teidän teidät teihin teille teillä teiltä teissä ' +
    'teistä teitä tuo tuohon tuoksi tuolla tuolle tuolta tuon tuona tuossa tuosta tuota tähän täksi tälle tällä ' +
    'tältä tämä tämän tänä tässä tästä tätä vaan vai vaikka vain vielä yli',
  hu:
    'a abban ahhoz ahogy ahol aki akik akkor alatt amely amelyek amelyekben amelyeket amelyet amelynek ami amikor ' +
    'amit amolyan amíg annak arra arról az azok azon azonban azt aztán azután azzal azért be belül benne bár csak ' +
    'de e ebben eddig egy egyes egyetlen egyik egyre egyéb egész ehhez ekkor el ellen elég elő először előtt ' +
    'emilyen ennek erre ez ezek ezen ezt ezzel ezért fel felé hanem hiszen hogy hogyan igen illetve ilyen ilyenkor ' +
    'is ismét itt kell kellett keresztül ki kívül között közül legalább legyen lehet lehetett lenne lenni lesz lett ' +
    'maga magát majd meg mellett mely melyek mert mi mikor milyen minden mindenki mindent mindig mint mintha mit ' +
    'mivel miért most már más másik még míg nagyon ne nekem neki nem nincs néha néhány nélkül olyan ott pedig ' +
    'persze rá s saját sem semmi sok sokat sokkal szemben szerint szinte számára talán tehát tovább továbbá több ' +
    'ugyanis után utána vagy vagyis vagyok valaki valami valamint való van vannak vele vissza viszont volna volt ' +
    'voltak voltam voltunk által általában át én éppen és így össze úgy újra ő ők őket',
  ru:
    'а без более больше будет будто бы был была были было быть в вам вас вдруг ведь во вот впрочем все всегда всего ' +
    'всех всю всё вы где да даже для до другой его ее ей ему если есть еще ещё её ж же за зачем здесь и из или им ' +
    'иногда их к как какая какой когда конечно которая которое которой котором которую которые который которым ' +
    'которых кроме кто куда ли лишь между меня мне много может можно мой моя мы на над надо наконец нас не него нее ' +
    'ней нельзя нет ни нибудь никогда ним них ничего но ну о об один однако он она они опять от очень перед по под ' +
    'пока после потом потому почти при про раз разве с сам своего своей свои своих свой свою себе себя сейчас со ' +
    'совсем так также такой там тебя тем теперь то тогда того тоже только том тот тут ты у уж уже хоть чего чем ' +
    'через что чтоб чтобы чуть эта эти этим этих это этого этой этом этот эту я',
  uk:
    'а або адже але без був буде була були було бути в вам вас вже ви вона вони воно все всі від він для до дуже же ' +
    'з за зокрема зі й його коли лише мене мені ми може між на навіть над нам нас не нею неї ним них нього перед по ' +
    'при про проте під після саме свою своє свої своїх себе та так також там тебе ти тобі того той тому тут ті ' +
    'тільки у усе усі це цей цих цього ця ці цієї через чи ще що щоб я як яка яке який яких якого якої якщо які є і ' +
    'із їм їх її',
  pl:
    'a aby albo ale ani aż bardziej bardzo bez bo bowiem by byli być był była było były będzie będą ci cię co czy ' +
    'czyli dla dlaczego dlatego do gdy gdyby gdyż gdzie i ich ile im iż ja jak jaka jaki jakie jako je jednak jego ' +
    'jej jemu jest jestem jeszcze jeśli jeżeli już ją każdy kiedy kto która które którego której który których ' +
    'którym którzy ku lecz lub ma mają mi mimo między mnie może można my na nad nam nas natomiast nawet nic nich ' +
    'nie niego niej nim niż o obok od około on ona one oni ono oraz po pod podczas ponad ponieważ poza przed przez ' +
    'przy również sam się sobie swoich swoim swoje swojej swoją swój są ta tak także tam te tego tej temu ten też ' +
    'to tu tych tylko tym u w we według więc wszyscy wszystkich wszystkie wszystko wśród z za ze zostali został ' +
    'została zostało zostały że żeby',
  cs:
    'a aby ale anebo ani ano asi ať až bez beze bude budou by byl byla byli bylo byly být co což další dalších do ' +
    'ho i jak jako je jeho jej jejich její jen jenž ještě ji jim již jsem jsme jsou jste jí k kam kde kdo kdy když ' +
    'ke kterou která které který kteří kvůli mají mezi mi mu my má na nad ne nebo není než nic nám nás o od on ona ' +
    'oni ono ony pak po pod podle pokud pouze pro proti protože před přes při s se si svou své svých svým tak také ' +
    'takže tam tato ten tento to toho tom tomu tu tyto tím u už v ve vám vás však všechny z za zda ze či že',
  sk:
    'a aby aj ako ale alebo ani až bez bol bola boli bolo by byť do ešte ho i ich ja je jeho jej ju k kam kde keď ' +
    'ktorej ktorá ktoré ktorí ktorý ktorých ku len ma majú mal mala mali medzi mi má môže na nad nie no o od on ona ' +
    'oni ono po pod podľa pre pred pri s sa si sme so svoj svoje svojej sú tak takže tam tiež to tom tu už v vo ' +
    'však z za zo či čo že',
  lt:
    'ant apie ar arba aš be bei bet bus buvo būti būtų dabar dar dėl esame esate esu gali galima iki ir iš jai jam ' +
    'jame jau jei jeigu ji jie jiems jis jo jog joje joms jos jums juo jus ją jį jūs jūsų jų kad kai kaip kas kiek ' +
    'kita kitas kiti kitų kodėl kol kur kuri kuriame kurie kurio kurioje kurios kuris kuriuo kurią kurių kurį labai ' +
    'link man mane mano mes mums mus mūsų ne nebuvo nei nes net nors nuo nėra o pagal pas pat per po prie prieš sau ' +
    'save savo su ta tai taigi taip tarp tas tau tave tavo tačiau ten tie tiek ties tik to todėl tos tu tuo turi tą ' +
    'tų už viena vienas virš vis visa visas visi viską vėl yra čia į ši šie šio šios šis šiuo šią šių šį',
  tr:
    'acaba ama ancak arasında artık aslında ayrıca az bazı belki ben beri bile bir biri birkaç birşey biz bu buna ' +
    'bunlar bunu bunun böyle da daha daki dan de defa deki den değil diye eden edildi edildiği edilen ediyor en ' +
    'etmek etti ettiği eğer gibi göre hakkında hem hep hepsi her hiç ile ilgili ilişkin in ise itibaren için kadar ' +
    'karşı kendi kez ki kim mu mü mı nasıl ne neden nerde nerede nereye nin niye niçin nun nün nın o olacak olan ' +
    'olarak oldu olduğu olduğunu ona onlar onu onun rağmen sadece sanki sen siz sonra sırasında tan tarafından ten ' +
    'tüm un var ve veya ya yani ye yi yok yönelik yı çok çünkü önce ün üzere üzerinde üzerinden üzerine ın şey şu ' +
    'şöyle',
  ro:
    'a acea aceasta această aceea acei aceia acel acela acele acelea acest acesta aceste acestea acești aceștia ' +
    'acolo acum ai aici al ale alt alta alte altă alții am ar are asupra au avea avem aveți avut aș ca care ce cea ' +
    'cei cel cele ceva chiar cine cu cum când cât că căci cărei căror cărui către da dacă dar de deci deja deoarece ' +
    'deși din dintre după ea ei el ele era erau este eu ești fi fie fiecare fiind fost fără iar la le li lor lui ' +
    'mai mult multe mulți nici niciun nimic noastră noi nostru nu o ori pe pentru peste poate pot prin printre până ' +
    'sa sale sau se sub sunt să său toate tot toți tu un una unde unei unele unii unor unui unul va voi vor îi îl ' +
    'în încă într între își și ți',
  ca:
    'a així al als amb aquell aquella aquelles aquells aquest aquesta aquestes aquests ara com d de del dels des ' +
    'després dins doncs durant el ell ella elles ells els em en entre era eren estan està et fa fer fins ha han has ' +
    'havia he hem heu hi ho i ja jo l la les li lo ma meu meva mi molt molts més na ni no nosaltres o on pel pels ' +
    'per perquè però poc pot quan que qui s sa se sense ser serà seu seus seva seves si sobre sí són també tant te ' +
    'tenen tenir tot tota totes tots tu té un una unes uns va van vosaltres vostre és',
  id:
    'ada adalah agar akan antara apa atau bagaimana bagi bahwa belum bisa dalam dan dapat dari dengan di dia hanya ' +
    'harus hingga ia ini itu jika juga kami kamu karena ke kepada kita lagi lebih maka mana masih mereka namun oleh ' +
    'pada para pun saat sangat saya sebagai sebelum secara sejak seperti setelah siapa sudah tapi telah tentang ' +
    'terhadap tersebut tetapi tidak untuk yaitu yakni yang',
  vi:
    'bị bởi chiếc cho chúng chưa chỉ chứ càng các cái còn có cùng cũng cả cần của cứ do dưới gì hay hoặc hơn họ khi ' +
    'không là lên lúc lại mà mình mỗi một nhiều như nhưng nhất những này nên nơi nếu nữa phải qua ra rất rằng rồi ' +
    'sau sẽ sự ta theo thì thể trong trên trước tôi tại từ từng việc và vào vì vẫn về với vừa đang điều đây đã đó ' +
    'được đến đều để ấy ở',
  hi:
    'अपना अपनी अपने अब आप इन इस इसका इसकी इसके इसी इसे उन उनका उनकी उनके उन्होंने उस उसके उसी उसे एक एवं और कर करता ' +
    'करती करते करने कहा का कि किया किसी की कुछ के को कोई क्योंकि गई गए गया जब जा जैसे जो तक तथा तब तो था थी थे दिया ' +
    'द्वारा नहीं ने पर बहुत बाद भी में मैं यह यहाँ यहां या ये रहा रही रहे लिए लेकिन व वह वहाँ वहां वाली वाले वे वो ' +
    'सकता सकते सभी साथ से हम ही हुआ हुई हुए है हैं हो होगा होगी होता होती होने',
} as const satisfies Record<string, string>;

/** A language told apart by its word list. */
export type WordListLanguage = keyof typeof STOPWORDS;
