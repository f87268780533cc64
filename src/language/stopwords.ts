/**
 * The function words of each language told apart by word lists, lowercased and separated by white space.
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
 * @example
 * STOPWORDS.de.split(' ').includes('und'); // true
 */
export const STOPWORDS = {
  en: `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
    herself it its itself they them their theirs themselves what which who whom this that these those am is are
    was were be been being have has had having do does did doing a an the and but if or because as until while of
    at by for with about against between into through during before after above below to from up down in out on
    off over under again further then once here there when where why how all any both each few more most other
    some such no nor not only own same so than too very s t can will just don should now would could also may
    might must shall us upon among though although since whether yet every many much even still ever within
    without however`,
  de: `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern
    anders auch auf aus bei bin bis bist da damit dann der den des dem die das daß dass derselbe derselben
    denselben desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn
    derer dessen dich dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer
    eines einig einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren eurer
    eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren
    ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann
    kein keine keinem keinen keiner keines können könnte machen man manche manchem manchen mancher manches mein
    meine meinem meinen meiner meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine
    seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher solches soll sollte
    sondern sonst über um und uns unser unsere unserem unseren unserer unseres unter viel vom von vor während war
    waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder will wir
    wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen seit wurde wurden worden sowie ab beim denen
    deren wer wem wen sollen müssen konnte wäre hätte hätten mehr schon bereits immer dabei jedoch zudem darauf
    dafür davon etwa`,
  fr: `au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me même mes moi mon ne nos
    notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l
    à m n s t y été étée étées étés étant étante étants étantes suis es est sommes êtes sont serai seras sera
    serons serez seront serais serait serions seriez seraient étais était étions étiez étaient fus fut fûmes
    fûtes furent sois soit soyons soyez soient fusse fusses fût fussions fussiez fussent ayant ayante ayantes
    ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez
    auraient avais avait avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse eusses
    eût eussions eussiez eussent cette cet plus comme où dont si sans entre aussi tout tous toute toutes leurs
    ils elles lors après avant depuis selon sous chez vers alors encore déjà très ainsi donc car ni bien autre
    autres celui celle ceux cela ça ceci quand être avoir fait faire peut a`,
  es: `de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque
    esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni
    contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho
    quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras
    vosotros vosotras os mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros
    nuestras vuestro vuestra vuestros vuestras esos esas estoy estás está estamos estáis están esté estés
    estemos estéis estén estaré estarás estará estaremos estaréis estarán estaría estarías estaríamos
    estaríais estarían estaba estabas estábamos estabais estaban estuve estuviste estuvo estuvimos
    estuvisteis estuvieron estuviera estuvieras estuviéramos estuvierais estuvieran estuviese estuvieses
    estuviésemos estuvieseis estuviesen estando estado estada estados estadas estad he has ha hemos habéis han
    haya hayas hayamos hayáis hayan habré habrás habrá habremos habréis habrán habría habrías habríamos
    habríais habrían había habías habíamos habíais habían hube hubiste hubo hubimos hubisteis hubieron
    hubiera hubieras hubiéramos hubierais hubieran hubiese hubieses hubiésemos hubieseis hubiesen habiendo
    habido habida habidos habidas soy eres es somos sois son sea seas seamos seáis sean seré serás será
    seremos seréis serán sería serías seríamos seríais serían era eras éramos erais eran fui fuiste fue
    fuimos fuisteis fueron fuera fueras fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen tengo
    tienes tiene tenemos tenéis tienen tenga tengas tengamos tengáis tengan tendré tendrás tendrá tendremos
    tendréis tendrán tendría tendrías tendríamos tendríais tendrían tenía tenías teníamos teníais tenían tuve
    tuviste tuvo tuvimos tuvisteis tuvieron tuviera tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses
    tuviésemos tuvieseis tuviesen teniendo tenido tenida tenidos tenidas si según tras aunque así cada
    mientras sino hacia bajo luego aún todavía solo sólo tan sido ser`,
  it: `ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del dello dei
    degli dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull sugl
    sulla sulle per tra contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue
    nostro nostra nostri nostre vostro vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno una ma ed se
    perché anche come dov dove che chi cui non più quale quanto quanti quanta quante quello quelli quella quelle
    questo questi questa queste si tutto tutti a c e i l o ho hai ha abbiamo avete hanno abbia abbiate abbiano
    avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avreste avrebbero avevo avevi aveva
    avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero avessi avesse avessimo avessero avendo avuto
    avuta avuti avute sono sei è siamo siete sia siate siano sarò sarai sarà saremo sarete saranno sarei
    saresti sarebbe saremmo sareste sarebbero ero eri era eravamo eravate erano fui fosti fu fummo foste furono
    fossi fosse fossimo fossero essendo faccio fai facciamo fanno faccia facciate facciano farò farai farà
    faremo farete faranno farei faresti farebbe faremmo fareste farebbero facevo facevi faceva facevamo
    facevate facevano feci facesti fece facemmo faceste fecero facessi facesse facessimo facessero facendo sto
    stai sta stiamo stanno stia stiate stiano starò starai starà staremo starete staranno starei staresti
    starebbe staremmo stareste starebbero stavo stavi stava stavamo stavate stavano stetti stesti stette stemmo
    steste stettero stessi stesse stessimo stessero stando dopo prima ancora già solo così mentre essere stato
    stata stati state fare può ogni quando fra verso senza sempre molto tanto poi però oppure né`,
  pt: `de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à seu sua ou quando
    muito nos já eu também só pelo pela até isso ela entre depois sem mesmo aos seus quem nas me esse eles você
    essa num nem suas meu às minha numa pelos elas qual nós lhe deles essas esses pelas este dele tu te vocês vos
    lhes meus minhas teu tua teus tuas nosso nossa nossos nossas dela delas esta estes estas aquele aquela
    aqueles aquelas isto aquilo estou está estamos estão estive esteve estivemos estiveram estava estávamos
    estavam estivera estivéramos esteja estejamos estejam estivesse estivéssemos estivessem estiver
    estivermos estiverem hei há havemos hão houve houvemos houveram houvera houvéramos haja hajamos hajam
    houvesse houvéssemos houvessem houver houvermos houverem houverei houverá houveremos houverão houveria
    houveríamos houveriam sou somos são era éramos eram fui foi fomos foram fora fôramos seja sejamos sejam
    fosse fôssemos fossem for formos forem serei será seremos serão seria seríamos seriam tenho tem temos tém
    tinha tínhamos tinham tive teve tivemos tiveram tivera tivéramos tenha tenhamos tenham tivesse
    tivéssemos tivessem tiver tivermos tiverem terei terá teremos terão teria teríamos teriam sobre ainda
    onde após desde sido ser ter estar cada todo toda todos todas outro outra outros outras porque pois então
    assim`,
  nl: `de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat
    mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want
    nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus
    alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw
    iemand geweest andere wel zoals volgens tussen sinds per echter waar waarin waarop welke zullen moeten
    mogen hadden we wij jullie onze hen elk elke alle beide enkele`,
  sv: `och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då
    sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad
    över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan
    varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess
    inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era vilkas
    också dock enligt bara även får kommer ska skall måste kunna nog inga inget många sitt hos`,
  da: `og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham
    hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når
    være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt
    meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan så kun
    bare blevet kan får fik flere mere mest ved hvordan hvorfor hvilke hvilken siden uden mellem både samt
    fordi før inden mens nogen ingen jeres vores`,
  no: `og i jeg det at en et den til er som på de med han av ikke ikkje der så var meg seg men ett har om vi min
    mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her
    alle vil bli ble blei blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne
    for deg si sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke
    sånn inni mellom vår hver hvem vors hvis både bare enn fordi før mange også slik vært båe begge siden
    dykk dykkar dei deira deires deim di då eg ein eit eitt elles honom hjå ho hoe henne hennar hennes hoss
    hossen ingi inkje korleis korso kva kvar kvarhelst kven kvi kvifor me medan mi mine mykje no nokon noka
    nokor noko nokre sia sidan so somt somme um upp vere vore verte vort varte vart mer mye mens blant hos
    gjennom under får fikk må andre annen annet flere våre`,
  fi: `olla olen olet on olemme olette ovat ole oli olisi olisit olisin olisimme olisitte olisivat olit olin olimme
    olitte olivat ollut olleet en et ei emme ette eivät minä minun minut minua minussa minusta minuun minulla
    minulta minulle sinä sinun sinut sinua sinussa sinusta sinuun sinulla sinulta sinulle hän hänen hänet
    häntä hänessä hänestä häneen hänellä häneltä hänelle me meidän meidät meitä meissä meistä meihin
    meillä meiltä meille te teidän teidät teitä teissä teistä teihin teillä teiltä teille he heidän
    heidät heitä heissä heistä heihin heillä heiltä heille tämä tämän tätä tässä tästä tähän tällä
    tältä tälle tänä täksi tuo tuon tuota tuossa tuosta tuohon tuolla tuolta tuolle tuona tuoksi se sen
    sitä siinä siitä siihen sillä siltä sille siksi nämä näiden näitä näissä näistä näihin näillä
    näiltä näille näinä näiksi nuo noiden noita noissa noista noihin noilla noilta noille noina noiksi ne
    niiden niitä niissä niistä niihin niillä niiltä niille niinä niiksi kuka kenen kenet ketä kenessä
    kenestä keneen kenellä keneltä kenelle kenenä keneksi ketkä keiden keitä keissä keistä keihin keillä
    keiltä keille keinä keiksi mikä minkä mitä missä mistä mihin millä miltä mille miksi mitkä joka jonka
    jota jossa josta johon jolla jolta jolle jona joksi jotka joiden joita joissa joista joihin joilla joilta
    joille joina joiksi että ja jos koska kuin mutta niin sekä tai vaan vai vaikka kanssa mukaan noin poikki
    yli kun nyt itse myös jo vielä vain sitten jälkeen`,
  hu: `a ahogy ahol aki akik akkor alatt által általában amely amelyek amelyekben amelyeket amelyet amelynek ami amit
    amolyan amíg amikor át abban ahhoz annak arra arról az azok azon azt azzal azért aztán azután azonban bár
    be belül benne csak de e eddig egész egy egyes egyetlen egyéb egyik egyre ekkor el elég ellen elő
    először előtt én éppen ebben ehhez emilyen ennek erre ez ezt ezek ezen ezzel ezért és fel felé hanem
    hiszen hogy hogyan igen is így illetve ilyen ilyenkor ismét itt kell kellett keresztül ki kívül között
    közül legalább lehet lehetett legyen lenne lenni lesz lett maga magát majd már más másik meg még
    mellett mert mely melyek mi mit míg miért milyen mikor minden mindent mindenki mindig mint mintha mivel
    most nagyon ne néha nekem neki nem néhány nélkül nincs olyan ott össze ő ők őket pedig persze rá s
    saját sem semmi sok sokat sokkal számára szemben szerint szinte talán tehát tovább továbbá több úgy
    ugyanis újra után utána vagy vagyis valaki valami valamint való vagyok van vannak volt voltam voltak
    voltunk vissza vele viszont volna`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня
    еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там
    потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже
    себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее
    сейчас были куда зачем всех никогда можно при наконец об другой хоть после над больше тот через эти нас про
    всего них какая много разве эту моя впрочем свою этой перед иногда чуть том нельзя такой им более всегда
    конечно всю между это также который которая которое которые которых которой котором которую которым ещё
    всё её эта этих этим свой своей своих свои своего однако лишь очень кроме пока`,
  uk: `і й та що на в у з із зі до не як це за від по для але про а же так вже ще його її їх він вона вони воно ми ви
    я ти був була було були бути є буде може також або чи коли якщо щоб тому який яка яке які якого якої яких
    цей ця ці цього цієї цих того той ті там тут лише тільки при під над між після через без перед навіть
    дуже всі все усі усе свої своїх свою своє себе нас нам вас вам їм ним нею них нього неї мене мені тебе
    тобі проте адже зокрема саме`,
  pl: `a aby ale ani albo aż bardziej bardzo bez bo bowiem by być był była było byli były będzie będą ci cię co czy
    czyli dla dlaczego dlatego do gdy gdyby gdyż gdzie i ich ile im iż ja ją jak jaki jaka jakie jako je jego jej
    jemu jest jestem jeszcze jeśli jeżeli już każdy kiedy kto która które którego której który których
    którym którzy ku lecz lub ma mają mi mimo między mnie może można my na nad nam nas nawet nic nich nie niego
    niej nim niż o obok od około on ona one oni ono oraz po pod podczas ponad ponieważ poza przed przez przy
    również sam są się sobie swoje swój swoich swojej swoim swoją ta tak także tam te tego tej temu ten też to
    tu tych tylko tym u w we według więc wszystko wszyscy wszystkich wszystkie wśród z za ze że żeby został
    została zostały zostało zostali natomiast jednak`,
  cs: `a aby ale ani anebo ano asi až bez beze by byl byla byli bylo byly být bude budou co což či další dalších do i
    jak jako je jeho jej její jejich jen jenž ještě již jsem jsme jsou jste k kam kde kdo kdy když ke která
    které kterou který kteří kvůli má mají mezi mi mu my na nad ne nebo než není nic o od on ona oni ono ony
    pak po pod podle pokud pouze pro proti protože při před přes s se si své svou svých svým tak také takže
    tam tato ten tento tím to toho tom tomu tu tyto u už v ve však všechny z za ze zda že jí ji jim ho nás
    nám vás vám ať`,
  sk: `a aby aj ako ale alebo ani až bez bol bola boli bolo by byť čo či do ho i ich ja je jeho jej ju k kam kde keď
    ktorá ktoré ktorej ktorí ktorý ktorých ku len ma má majú medzi mi na nad nie no o od on ona oni ono pod
    podľa po pre pred pri s sa si sme so sú svoj svoje svojej tak takže tam tiež to tom tu už v vo však z za
    zo že ešte môže mal mala mali`,
  lt: `ir kad bet o ar arba nes jog kaip kai kur kas kuris kuri kurie kurios kurį kurią kurio kuriuo kurių kuriame
    kurioje tai tas ta to tą tuo tie tos tų šis ši šio šios šį šią šiuo šie šių jis ji jo jos jį ją juo jie jų
    jiems joms jam jai jame joje aš man mane mano tu tau tave tavo mes mums mus mūsų jūs jums jus jūsų savo save
    sau yra buvo bus būti būtų esu esame esate nebuvo nėra gali galima turi į iš su be per prie po nuo apie
    už pagal tarp iki dėl ant virš prieš pas link ties ne net dar jau tik taip pat labai bei nors jei jeigu kol
    todėl tačiau taigi nei tiek kiek visi visa visas viską kiti kitų kitas kita vienas viena vis kodėl čia ten
    dabar vėl`,
  tr: `acaba ama aslında az bazı belki biri birkaç birşey biz bu çok çünkü da daha de defa diye eğer en gibi hem hep
    hepsi her hiç için ile ise kez ki kim mı mu mü nasıl ne neden nerde nerede nereye niçin niye o sanki şey siz
    şu tüm ve veya ya yani bir olan olarak oldu olduğu olduğunu olacak değil var yok kadar göre sonra önce
    ancak ayrıca tarafından üzere karşı arasında bile sadece artık bunu buna bunun bunlar onun ona onu onlar
    ben sen kendi şöyle böyle etti eden ediyor edildi edilen edildiği etmek ettiği üzerine üzerinde üzerinden
    hakkında yönelik ilişkin itibaren rağmen beri ilgili sırasında in ın un ün nin nın nun nün den dan ten tan
    deki daki ye yi yı`,
  ro: `a acea aceasta această aceea acei aceia acel acela acele acelea acest acesta aceste acestea acești aceștia acolo
    acum ai aici al ale alt alta alte altă alții am ar are asupra au avea avem aveți avut aș ca care ce cea cei
    cel cele ceva chiar cine cu cum când cât către că căci cărei căror cărui da dacă dar de deci deja deoarece
    deși din dintre după ea ei el ele era erau este eu ești fi fie fiecare fost fără iar la le li lor lui mai
    mult multe mulți nici niciun nimic noi nostru noastră nu o ori pe pentru peste poate pot prin printre până
    sa sau se sub sunt să său sale tot toate toți tu un una unde unei unele unii unor unui unul va vor voi în
    între într încă îi îl își și ți fiind`,
  ca: `a al als amb ara així aquest aquesta aquests aquestes aquell aquella aquells aquelles com d de del dels des
    després dins doncs durant el ell ella elles ells els em en entre era eren és està estan et fa fer fins ha han
    has havia he hem heu hi ho i jo l la les li lo ma més meu meva mi molt molts na ni no nosaltres o on per
    però perquè pel pels poc pot quan que qui s sa se seu seva seus seves sense ser serà si sí sobre són també
    tant te té tenen tenir tot tota tots totes tu un una uns unes va van vosaltres vostre ja`,
  id: `yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau oleh karena sudah ada saat bisa
    telah lebih tersebut mereka kami kita kamu saya ia dia namun tetapi tapi jika bahwa sebagai seperti masih
    hanya agar maka setelah sebelum hingga antara secara para bagi sangat harus dapat belum pun lagi yaitu yakni
    apa siapa mana bagaimana kepada terhadap tentang sejak`,
  vi: `của và các có được là trong cho không những một với đã này để khi từ đến theo cũng về ra như vào nhiều sẽ
    thì lại đó bị tại nhưng phải rằng mà nên vì nếu hay hoặc đang chỉ còn sau trên dưới trước rất đều vẫn
    nữa bởi cả cái cần càng chiếc chứ chưa cứ cùng do điều gì lên lúc mỗi nơi qua rồi sự từng việc vừa ở
    nhất hơn thể đây ấy họ tôi chúng ta mình`,
  hi: `है हैं के में की और से को का ने पर एक यह कि भी लिए था थी थे गया गई गए किया कर तो ही इस जो नहीं साथ वह
    ये वे कुछ या हो रहा रही रहे तक अपने अपनी अपना बाद द्वारा करने होने कहा जा सकता सकते इसके उनके उन्होंने
    उसके किसी कोई जब तब अब बहुत सभी यहां यहाँ वहां वहाँ क्योंकि लेकिन एवं तथा व हुए हुआ होगा होगी करते
    करता करती दिया मैं हम आप उन उस इन वो इसी उसी जैसे वाले वाली होता होती हुई इसे उसे उनकी उनका इसका इसकी`,
} as const satisfies Record<string, string>;

/** A language told apart by its word list. */
export type WordListLanguage = keyof typeof STOPWORDS;
