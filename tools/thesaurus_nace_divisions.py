"""The NACE Rev. 2 divisions 01–33 (agriculture, mining, manufacturing) of
data/reference/nace-cluster-categories.csv as thesaurus concepts (read by
tools/thesaurus_sectors.py, where the sources of the labels are stated). Each block lists en ro
sq hu el bg sl hr sr sk de it mk, one line each."""

# NACE Rev. 2 divisions of the CSV: code, terms per language (the division's title in its short
# form first). Each is a narrower concept of its cluster category.
DIVISIONS = [
    ("01", """
en crop and animal production | crop production | animal husbandry | livestock farming
ro cultivarea plantelor și creșterea animalelor | creșterea animalelor | zootehnie
sq kultivimi i bimëve dhe rritja e kafshëve | blegtori
hu növénytermesztés és állattenyésztés | állattenyésztés | növénytermesztés
el φυτική και ζωική παραγωγή | κτηνοτροφία | φυτική παραγωγή
bg растениевъдство и животновъдство | животновъдство | растениевъдство
sl rastlinska in živinorejska proizvodnja | živinoreja | poljedelstvo
hr biljna i stočarska proizvodnja | stočarstvo | ratarstvo
sr biljna i stočarska proizvodnja | stočarstvo | ratarstvo
sk rastlinná a živočíšna výroba | živočíšna výroba | chov hospodárskych zvierat
de Pflanzenbau und Tierhaltung | Tierhaltung | Viehzucht
it coltivazioni agricole e produzione di prodotti animali | allevamento | zootecnia
mk растително и сточарско производство | сточарство | земјоделско производство
"""),
    ("02", """
en forestry and logging | logging | timber harvesting
ro silvicultură și exploatare forestieră | exploatare forestieră
sq pylltaria dhe shfrytëzimi i drurit | prerja e drurëve
hu erdőgazdálkodás és fakitermelés | fakitermelés
el δασοκομία και υλοτομία | υλοτομία
bg горско стопанство и дърводобив | дърводобив | сеч
sl gozdarstvo in sečnja | sečnja | pridobivanje lesa
hr šumarstvo i sječa drva | sječa drva
sr šumarstvo i seča drveća | seča šuma
sk lesníctvo a ťažba dreva | ťažba dreva
de Forstwirtschaft und Holzeinschlag | Holzeinschlag
it silvicoltura e utilizzo di aree forestali | utilizzazione forestale
mk шумарство и сеча на дрва | сеча на шума
"""),
    ("03", """
en fishing and aquaculture activities | fish farming
ro activități de pescuit și acvacultură | piscicultură
sq veprimtari peshkimi dhe akuakulture | rritja e peshkut
hu halászati és haltenyésztési tevékenység | halgazdálkodás
el αλιευτικές δραστηριότητες και υδατοκαλλιέργειες | ιχθυοκαλλιέργεια
bg рибно стопанство | рибовъдство
sl ribištvo in ribogojstvo | ribogojstvo
hr ribarstvo i uzgoj riba | uzgoj ribe
sr ribarstvo i ribogojstvo | ribogojstvo
sk rybolov a chov rýb | chov rýb
de Fischerei und Fischzucht | Fischzucht
it attività di pesca e acquacoltura | piscicoltura
mk рибарство и рибоодгледување | рибоодгледување
"""),
    ("05", """
en mining of coal and lignite | coal mines
ro extracția cărbunelui superior și inferior | mine de cărbune
sq nxjerrja e qymyrgurit dhe linjitit | miniera qymyri
hu szén- és lignitbányászat | szénbányák
el εξόρυξη άνθρακα και λιγνίτη | ορυχεία άνθρακα
bg добив на въглища | въглищни мини
sl pridobivanje premoga in lignita | premogovniki
hr vađenje ugljena i lignita | rudnici ugljena
sr eksploatacija uglja i lignita | rudnici uglja
sk ťažba čierneho a hnedého uhlia | uhoľné bane
de Kohlen- und Braunkohlenbergbau | Kohlebergwerke
it estrazione di carbone e lignite | miniere di carbone
mk ископување на камен јаглен и лигнит | рудници за јаглен
"""),
    ("06", """
en extraction of crude petroleum and natural gas | oil fields | gas fields
ro extracția petrolului brut și a gazelor naturale | zăcăminte de petrol
sq nxjerrja e naftës bruto dhe gazit natyror | fusha nafte
hu kőolaj-, földgázkitermelés | olajmezők
el άντληση αργού πετρελαίου και φυσικού αερίου | κοιτάσματα πετρελαίου
bg добив на нефт и природен газ | нефтени находища
sl pridobivanje surove nafte in zemeljskega plina | naftna polja
hr vađenje sirove nafte i prirodnog plina | naftna polja
sr eksploatacija sirove nafte i prirodnog gasa | naftna polja
sk ťažba ropy a zemného plynu | ropné polia
de Gewinnung von Erdöl und Erdgas | Ölfelder
it estrazione di petrolio greggio e di gas naturale | giacimenti petroliferi
mk вадење на сурова нафта и природен гас | нафтени полиња
"""),
    ("07", """
en mining of metal ores | metal mines
ro extracția minereurilor metalifere | mine de minereu
sq nxjerrja e mineraleve metalore | miniera metalore
hu fémtartalmú érc bányászata | ércbányák
el εξόρυξη μεταλλευμάτων | μεταλλεία
bg добив на метални руди | рудници
sl pridobivanje rud | rudniki kovin
hr vađenje metalnih ruda | rudnici metala
sr eksploatacija ruda metala | rudnici metala
sk dobývanie kovových rúd | rudné bane
de Erzbergbau | Erzbergwerke
it estrazione di minerali metalliferi | miniere metallifere
mk вадење на метални руди | рудници за метали
"""),
    ("08", """
en other mining and quarrying | quarries
ro alte activități extractive | cariere
sq minierat dhe guroret e tjera | gurore
hu egyéb bányászat | kőbányák
el λοιπά ορυχεία και λατομεία | λατομεία αδρανών
bg добив на неметални материали и суровини | кариери за камък
sl drugo rudarstvo | kamnolomi
hr ostalo rudarstvo i vađenje | kamenolomi
sr ostalo rudarstvo | kamenolomi
sk iná ťažba a dobývanie | lomy
de Gewinnung von Steinen und Erden, sonstiger Bergbau | Steinbrüche
it altre attività di estrazione di minerali da cave e miniere | cave
mk друго рударство и вадење на камен | каменоломи
"""),
    ("09", """
en mining support service activities | drilling services
ro activități de servicii anexe extracției | servicii de foraj
sq veprimtari shërbimi mbështetëse për minierat | shërbime shpimi
hu bányászati szolgáltatás | fúrási szolgáltatás
el υποστηρικτικές δραστηριότητες εξόρυξης | υπηρεσίες γεωτρήσεων
bg спомагателни дейности в добива | сондажни услуги
sl storitve za rudarstvo | vrtalne storitve
hr pomoćne uslužne djelatnosti u rudarstvu | usluge bušenja
sr uslužne delatnosti u rudarstvu | usluge bušenja
sk pomocné činnosti pri ťažbe | vrtné služby
de Erbringung von Dienstleistungen für den Bergbau | Bohrdienstleistungen
it attività dei servizi di supporto all'estrazione | servizi di perforazione
mk услужни дејности во рударството | услуги за дупчење
"""),
    ("10", """
en manufacture of food products | food production companies | dairy | meat processing | fruit and vegetable processing
ro fabricarea produselor alimentare | lactate | prelucrarea cărnii | prelucrarea fructelor și legumelor
sq prodhimi i produkteve ushqimore | bulmet | përpunimi i mishit | përpunimi i frutave dhe perimeve
hu élelmiszergyártás | tejipar | húsfeldolgozás | gyümölcs- és zöldségfeldolgozás
el παραγωγή προϊόντων διατροφής | γαλακτοκομικά | επεξεργασία κρέατος | επεξεργασία φρούτων και λαχανικών
bg производство на хранителни продукти | млекопреработване | месопреработване | преработка на плодове и зеленчуци
sl proizvodnja živil | mlekarstvo | predelava mesa | predelava sadja in zelenjave
hr proizvodnja prehrambenih proizvoda | mljekarstvo | prerada mesa | prerada voća i povrća
sr proizvodnja prehrambenih proizvoda | mlekarstvo | prerada mesa | prerada voća i povrća
sk výroba potravín | mliekarenstvo | spracovanie mäsa | spracovanie ovocia a zeleniny
de Herstellung von Nahrungs- und Futtermitteln | Molkereien | Fleischverarbeitung | Obst- und Gemüseverarbeitung
it industrie alimentari | lattiero-caseario | lavorazione della carne | trasformazione di frutta e ortaggi
mk производство на прехранбени производи | млекарство | преработка на месо | преработка на овошје и зеленчук
"""),
    ("11", """
en manufacture of beverages | breweries | wineries | distilleries
ro fabricarea băuturilor | fabrici de bere | crame | distilerii
sq prodhimi i pijeve | birrari | kantina vere | distileri
hu italgyártás | sörfőzdék | pincészetek | pálinkafőzdék
el ποτοποιία | ζυθοποιεία | οινοποιεία | αποστακτήρια
bg производство на напитки | пивоварни | винарни | спиртоварни
sl proizvodnja pijač | pivovarne | vinske kleti | žganjarne
hr proizvodnja pića | pivovare | vinarije | destilerije
sr proizvodnja pića | pivare | vinarije | destilerije
sk výroba nápojov | pivovary | vinárstva | liehovary
de Getränkeherstellung | Brauereien | Weingüter | Brennereien
it industria delle bevande | birrifici | cantine | distillerie
mk производство на пијалаци | пиварници | винарии | дестилерии
"""),
    ("12", """
en manufacture of tobacco products | cigarettes
ro fabricarea produselor din tutun | țigarete
sq prodhimi i produkteve të duhanit | cigare
hu dohánytermék gyártása | cigaretta
el παραγωγή προϊόντων καπνού | τσιγάρα
bg производство на тютюневи изделия | цигари
sl proizvodnja tobačnih izdelkov | cigarete
hr proizvodnja duhanskih proizvoda | cigarete
sr proizvodnja duvanskih proizvoda | cigarete
sk výroba tabakových výrobkov | cigarety
de Tabakverarbeitung | Zigaretten
it industria del tabacco | sigarette
mk производство на тутунски производи | цигари
"""),
    ("13", """
en manufacture of textiles | weaving | spinning
ro fabricarea produselor textile | țesere | filatură
sq prodhimi i tekstileve | endje | tjerrje
hu textília gyártása | szövés | fonás
el παραγωγή κλωστοϋφαντουργικών υλών | ύφανση | νηματουργία
bg производство на текстил и изделия от текстил | тъкачество | предачество
sl proizvodnja tekstilij | tkanje | predilnica
hr proizvodnja tekstila | tkanje | predionica
sr proizvodnja tekstila | tkanje | predionica
sk výroba textilu | tkanie | pradiareň
de Herstellung von Textilien | Weberei | Spinnerei
it industrie tessili | tessitura | filatura
mk производство на текстил | ткаење | предење
"""),
    ("14", """
en manufacture of wearing apparel | garment factories | knitwear
ro fabricarea articolelor de îmbrăcăminte | fabrici de confecții | tricotaje
sq prodhimi i veshjeve | fabrika konfeksionesh | triko
hu ruházati termék gyártása | varrodák | kötöttáru
el κατασκευή ειδών ένδυσης | εργοστάσια ενδυμάτων | πλεκτά
bg производство на облекло (НКИД 14) | шивашки цехове | трикотаж
sl proizvodnja oblačil | šivalnice | pletenine
hr proizvodnja odjeće | šivaonice | pletiva
sr proizvodnja odevnih predmeta | šivare | trikotaža
sk výroba odevov | šičské dielne | pletené výrobky
de Herstellung von Bekleidung | Nähereien | Strickwaren
it confezione di articoli di abbigliamento | laboratori di confezione | maglieria
mk производство на облека | конфекции | плетенина
"""),
    ("15", """
en manufacture of leather and related products | tanneries | footwear manufacturing
ro tăbăcirea și finisarea pieilor | tăbăcării | fabricarea încălțămintei
sq përpunimi i lëkurës dhe prodhimi i këpucëve | regjitore
hu bőr, bőrtermék és lábbeli gyártása | cserzőüzemek | cipőgyártás
el βιομηχανία δέρματος και δερμάτινων ειδών | βυρσοδεψεία | κατασκευή υποδημάτων
bg производство на кожи и обувки | кожарски заводи | производство на обувки
sl proizvodnja usnja in usnjenih izdelkov | strojarne | proizvodnja obutve
hr proizvodnja kože i srodnih proizvoda | kožare | proizvodnja obuće
sr proizvodnja kože i predmeta od kože | kožare | proizvodnja obuće
sk výroba kože a kožených výrobkov | garbiarne | výroba obuvi
de Herstellung von Leder, Lederwaren und Schuhen | Gerbereien | Schuhherstellung
it fabbricazione di articoli in pelle e simili | concerie | produzione di calzature
mk производство на кожа и производи од кожа | кожари | производство на обувки
"""),
    ("16", """
en manufacture of wood and products of wood | sawmills | wood processing plants
ro prelucrarea lemnului și fabricarea produselor din lemn | gatere | fabrici de cherestea
sq përpunimi i drurit dhe prodhimi i artikujve prej druri | sharra druri
hu fafeldolgozás (kivéve bútor) | fűrészüzemek | fűrésztelepek
el βιομηχανία ξύλου και κατασκευή προϊόντων από ξύλο | πριονιστήρια
bg производство на дървен материал и изделия от него | дъскорезници
sl obdelava in predelava lesa | žage | žagarstvo
hr prerada drva i proizvodi od drva | pilane
sr prerada drveta i proizvodi od drveta | pilane
sk spracovanie dreva a výroba výrobkov z dreva | píly
de Herstellung von Holz-, Flecht-, Korb- und Korkwaren | Sägewerke
it industria del legno e dei prodotti in legno | segherie
mk преработка на дрво и производи од дрво | пилани
"""),
    ("17", """
en manufacture of paper and paper products | paper mills | cardboard
ro fabricarea hârtiei și a produselor din hârtie | fabrici de hârtie | carton
sq prodhimi i letrës dhe produkteve prej letre | fabrika letre | karton
hu papír, papírtermék gyártása | papírgyárak | karton
el χαρτοποιία και κατασκευή χάρτινων προϊόντων | χαρτοποιεία | χαρτόνι
bg производство на хартия и изделия от хартия | хартиени фабрики | картон
sl proizvodnja papirja in izdelkov iz papirja | papirnice | karton
hr proizvodnja papira i proizvoda od papira | tvornice papira | karton
sr proizvodnja papira i proizvoda od papira | fabrike papira | karton
sk výroba papiera a papierových výrobkov | papierne | kartón
de Herstellung von Papier, Pappe und Waren daraus | Papierfabriken | Karton
it fabbricazione di carta e di prodotti di carta | cartiere | cartone
mk производство на хартија и производи од хартија | фабрики за хартија | картон
"""),
    ("18", """
en printing and reproduction of recorded media | printing houses
ro tipărire și reproducerea pe suporți a înregistrărilor | edituri tipografice
sq shtypja dhe riprodhimi i mediave të regjistruara | shtëpi botuese shtypi
hu nyomdai és egyéb sokszorosítási tevékenység | nyomdaüzemek
el εκτυπώσεις και αναπαραγωγή προεγγεγραμμένων μέσων | εκτυπωτικές επιχειρήσεις
bg печатна дейност и възпроизвеждане на записани носители | печатници
sl tiskarstvo in razmnoževanje posnetih nosilcev zapisa | tiskarne
hr tiskanje i umnožavanje snimljenih zapisa | tiskare
sr štampanje i umnožavanje audio i video zapisa | štamparije
sk tlač a reprodukcia záznamových médií | tlačiarne
de Herstellung von Druckerzeugnissen | Druckereien
it stampa e riproduzione di supporti registrati | tipografie
mk печатење и репродукција на снимени медиуми | печатници
"""),
    ("19", """
en manufacture of coke and refined petroleum products | oil refineries | refinery
ro fabricarea produselor de cocserie și a produselor obținute din prelucrarea țițeiului | rafinării | rafinărie
sq prodhimi i koksit dhe produkteve të rafinuara të naftës | rafineri
hu kokszgyártás, kőolaj-feldolgozás | finomítók | olajfinomító
el παραγωγή οπτάνθρακα και προϊόντων διύλισης πετρελαίου | διυλιστήρια | διυλιστήριο
bg производство на кокс и рафинирани нефтопродукти | рафинерии | рафинерия
sl proizvodnja koksa in naftnih derivatov | rafinerije | rafinerija
hr proizvodnja koksa i rafiniranih naftnih proizvoda | rafinerije | rafinerija
sr proizvodnja koksa i derivata nafte | rafinerije | rafinerija
sk výroba koksu a rafinovaných ropných produktov | rafinérie | rafinéria
de Kokerei und Mineralölverarbeitung | Raffinerien | Raffinerie
it fabbricazione di coke e prodotti derivanti dalla raffinazione del petrolio | raffinerie | raffineria
mk производство на кокс и рафинирани нафтени производи | рафинерии | рафинерија
"""),
    ("20", """
en manufacture of chemicals and chemical products | chemical plants
ro fabricarea substanțelor și a produselor chimice | combinate chimice
sq prodhimi i kimikateve dhe produkteve kimike | uzina kimike
hu vegyi anyag, termék gyártása | vegyi üzemek
el παραγωγή χημικών ουσιών και προϊόντων | χημικά εργοστάσια
bg производство на химични продукти | химически заводи
sl proizvodnja kemikalij in kemičnih izdelkov | kemične tovarne
hr proizvodnja kemikalija i kemijskih proizvoda | kemijske tvornice
sr proizvodnja hemikalija i hemijskih proizvoda | hemijske fabrike
sk výroba chemikálií a chemických produktov | chemické závody
de Herstellung von chemischen Erzeugnissen | Chemiewerke
it fabbricazione di prodotti chimici | stabilimenti chimici
mk производство на хемикалии и хемиски производи | хемиски фабрики
"""),
    ("21", """
en manufacture of basic pharmaceutical products and preparations | drug manufacturers
ro fabricarea produselor farmaceutice de bază și a preparatelor farmaceutice | producători de medicamente
sq prodhimi i produkteve farmaceutike bazë | prodhues barnash
hu gyógyszergyártás (alapanyag és készítmény) | gyógyszergyárak
el παραγωγή βασικών φαρμακευτικών προϊόντων και σκευασμάτων | φαρμακοβιομηχανίες
bg производство на лекарствени вещества и продукти | фармацевтични заводи
sl proizvodnja farmacevtskih surovin in preparatov | farmacevtska podjetja
hr proizvodnja osnovnih farmaceutskih proizvoda i pripravaka | proizvođači lijekova
sr proizvodnja osnovnih farmaceutskih proizvoda i preparata | proizvođači lekova
sk výroba základných farmaceutických výrobkov a prípravkov | výrobcovia liekov
de Herstellung von pharmazeutischen Erzeugnissen | Arzneimittelhersteller
it fabbricazione di prodotti farmaceutici di base e di preparati farmaceutici | aziende farmaceutiche
mk производство на основни фармацевтски производи и препарати | производители на лекови
"""),
    ("22", """
en manufacture of rubber and plastic products | plastics manufacturers
ro fabricarea produselor din cauciuc și mase plastice | producători de mase plastice
sq prodhimi i produkteve prej gome dhe plastike | prodhues plastike
hu gumi-, műanyag termék gyártása | műanyaggyártók
el κατασκευή προϊόντων από ελαστικό και πλαστικές ύλες | βιομηχανίες πλαστικών
bg производство на изделия от каучук и пластмаси | производители на пластмаси
sl proizvodnja izdelkov iz gume in plastičnih mas | proizvajalci plastike
hr proizvodnja proizvoda od gume i plastike | proizvođači plastike
sr proizvodnja proizvoda od gume i plastike | proizvođači plastike
sk výroba výrobkov z gumy a plastu | výrobcovia plastov
de Herstellung von Gummi- und Kunststoffwaren | Kunststoffhersteller
it fabbricazione di articoli in gomma e materie plastiche | aziende della plastica
mk производство на производи од гума и пластика | производители на пластика
"""),
    ("23", """
en manufacture of other non-metallic mineral products | glassworks | brickworks
ro fabricarea altor produse din minerale nemetalice | fabrici de sticlă | fabrici de cărămidă
sq prodhimi i produkteve të tjera minerale jometalike | fabrika qelqi | fabrika tullash
hu nemfém ásványi termék gyártása | üveggyárak | téglagyárak
el παραγωγή άλλων μη μεταλλικών ορυκτών προϊόντων | υαλουργεία | πλινθοποιεία
bg производство на изделия от други неметални минерални суровини | стъкларски заводи | тухларни
sl proizvodnja nekovinskih mineralnih izdelkov | steklarne | opekarne
hr proizvodnja ostalih nemetalnih mineralnih proizvoda | staklane | ciglane
sr proizvodnja proizvoda od ostalih nemetalnih minerala | staklare | ciglane
sk výroba ostatných nekovových minerálnych výrobkov | sklárne | tehelne
de Herstellung von Glas, Keramik, Verarbeitung von Steinen und Erden | Glashütten | Ziegeleien
it fabbricazione di altri prodotti della lavorazione di minerali non metalliferi | vetrerie | fornaci
mk производство на други неметални минерални производи | стаклари | циглани
"""),
    ("24", """
en manufacture of basic metals | steelworks | steel mills
ro industria metalurgică | oțelării | combinate siderurgice
sq prodhimi i metaleve bazë | furra çeliku | kombinat metalurgjik
hu fémalapanyag gyártása | acélművek | acélgyárak
el παραγωγή βασικών μετάλλων | χαλυβουργεία
bg производство на основни метали | стоманодобивни заводи
sl proizvodnja kovin | jeklarne | železarne
hr proizvodnja metala | čeličane | željezare
sr proizvodnja osnovnih metala | čeličane | železare
sk výroba a spracovanie kovov | oceliarne | železiarne
de Metallerzeugung und -bearbeitung | Stahlwerke | Hüttenwerke
it metallurgia (divisione 24) | acciaierie
mk производство на основни метали | челичарници | железарници
"""),
    ("25", """
en manufacture of fabricated metal products | metalworking shops | metal fabrication
ro fabricarea construcțiilor metalice și a produselor din metal | ateliere de prelucrare a metalelor
sq prodhimi i produkteve të metalit të fabrikuar | punishte metali
hu fémfeldolgozási termék gyártása | fémmegmunkáló műhelyek | lakatosüzemek
el κατασκευή μεταλλικών προϊόντων | μηχανουργεία
bg производство на метални изделия | металообработващи цехове
sl proizvodnja kovinskih izdelkov | kovinarske delavnice | kovinarstvo
hr proizvodnja gotovih metalnih proizvoda | bravarske radionice | metaloprerada
sr proizvodnja metalnih proizvoda | bravarske radionice | metaloprerada
sk výroba kovových konštrukcií a kovových výrobkov | kovovýroba | zámočnícke dielne
de Herstellung von Metallerzeugnissen | Schlossereien | Metallbaubetriebe
it fabbricazione di prodotti in metallo | officine meccaniche | lavorazioni meccaniche
mk производство на метални производи | металопреработувачки работилници
"""),
    ("26", """
en manufacture of computer, electronic and optical products | electronics manufacturers | optics
ro fabricarea calculatoarelor și a produselor electronice și optice | producători de electronice | optică
sq prodhimi i kompjuterëve, produkteve elektronike dhe optike | optikë
hu számítógép, elektronikai, optikai termék gyártása | elektronikai gyártók | optika
el κατασκευή ηλεκτρονικών υπολογιστών, ηλεκτρονικών και οπτικών προϊόντων | οπτικά
bg производство на компютърна и комуникационна техника, електронни и оптични продукти | оптика
sl proizvodnja računalnikov, elektronskih in optičnih izdelkov | optika
hr proizvodnja računala te elektroničkih i optičkih proizvoda | optika
sr proizvodnja računara, elektronskih i optičkih proizvoda | optika
sk výroba počítačových, elektronických a optických výrobkov | optika
de Herstellung von Datenverarbeitungsgeräten, elektronischen und optischen Erzeugnissen | Optik
it fabbricazione di computer e prodotti di elettronica e ottica | ottica
mk производство на компјутери, електронски и оптички производи | оптика
"""),
    ("27", """
en manufacture of electrical equipment | electrical appliances | household appliances
ro fabricarea echipamentelor electrice | aparate electrice | electrocasnice
sq prodhimi i pajisjeve elektrike | aparate elektrike | pajisje shtëpiake
hu villamos berendezés gyártása | elektromos készülékek | háztartási gépek
el κατασκευή ηλεκτρολογικού εξοπλισμού | ηλεκτρικές συσκευές | οικιακές συσκευές
bg производство на електрически съоръжения | електроуреди | домакински уреди
sl proizvodnja električnih naprav | električni aparati | gospodinjski aparati
hr proizvodnja električne opreme | električni uređaji | kućanski aparati
sr proizvodnja električne opreme | električni uređaji | kućni aparati
sk výroba elektrických zariadení | elektrické spotrebiče | domáce spotrebiče
de Herstellung von elektrischen Ausrüstungen | Elektrogeräte | Haushaltsgeräte
it fabbricazione di apparecchiature elettriche | apparecchi elettrici | elettrodomestici
mk производство на електрична опрема | електрични апарати | апарати за домаќинство
"""),
    ("28", """
en manufacture of machinery and equipment n.e.c. | machine manufacturers | machine makers
ro fabricarea de mașini, utilaje și echipamente | producători de utilaje
sq prodhimi i makinerive dhe pajisjeve | prodhues makinerish
hu gép, gépi berendezés gyártása | gépgyártók
el κατασκευή μηχανημάτων και ειδών εξοπλισμού | κατασκευαστές μηχανημάτων
bg производство на машини и оборудване с общо и специално предназначение | машиностроителни заводи
sl proizvodnja drugih strojev in naprav | proizvajalci strojev
hr proizvodnja strojeva i uređaja | proizvođači strojeva
sr proizvodnja mašina i opreme | proizvođači mašina
sk výroba strojov a zariadení | výrobcovia strojov
de Maschinenbau (Abteilung 28) | Maschinenhersteller
it fabbricazione di macchinari e apparecchiature | costruttori di macchine
mk производство на машини и опрема | производители на машини
"""),
    ("29", """
en manufacture of motor vehicles, trailers and semi-trailers | car makers | car manufacturers | carmakers
ro fabricarea autovehiculelor, a remorcilor și semiremorcilor | producători auto | constructori auto
sq prodhimi i automjeteve, rimorkiove dhe gjysmërimorkiove | prodhues automjetesh
hu közúti jármű gyártása | autógyártók | autógyárak
el κατασκευή μηχανοκίνητων οχημάτων, ρυμουλκούμενων και ημιρυμουλκούμενων | αυτοκινητοβιομηχανίες
bg производство на автомобили, ремаркета и полуремаркета | автомобилни производители
sl proizvodnja motornih vozil, prikolic in polprikolic | proizvajalci avtomobilov
hr proizvodnja motornih vozila, prikolica i poluprikolica | proizvođači automobila
sr proizvodnja motornih vozila, prikolica i poluprikolica | proizvođači automobila
sk výroba motorových vozidiel, návesov a prívesov | výrobcovia automobilov | automobilky
de Herstellung von Kraftwagen und Kraftwagenteilen | Autohersteller | Automobilhersteller
it fabbricazione di autoveicoli, rimorchi e semirimorchi | case automobilistiche | costruttori di automobili
mk производство на моторни возила, приколки и полуприколки | производители на автомобили
"""),
    ("30", """
en manufacture of other transport equipment | shipyards | aircraft manufacturing | railway vehicles
ro fabricarea altor mijloace de transport | șantiere navale | construcția de aeronave
sq prodhimi i mjeteve të tjera të transportit | kantiere detare | prodhimi i avionëve
hu egyéb jármű gyártása | hajógyárak | repülőgépgyártás
el κατασκευή λοιπού εξοπλισμού μεταφορών | ναυπηγεία | κατασκευή αεροσκαφών
bg производство на превозни средства, без автомобили | корабостроителници | самолетостроене
sl proizvodnja drugih vozil in plovil | ladjedelnice | proizvodnja letal
hr proizvodnja ostalih prijevoznih sredstava | brodogradilišta | proizvodnja zrakoplova
sr proizvodnja ostalih saobraćajnih sredstava | brodogradilišta | proizvodnja vazduhoplova
sk výroba ostatných dopravných prostriedkov | lodenice | výroba lietadiel
de sonstiger Fahrzeugbau | Werften | Flugzeugbau
it fabbricazione di altri mezzi di trasporto | cantieri navali | costruzione di aeromobili
mk производство на други транспортни средства | бродоградилишта | производство на авиони
"""),
    ("31", """
en manufacture of furniture | furniture factories | furniture companies
ro fabricarea de mobilă | fabrici de mobilă
sq prodhimi i mobiljeve | fabrika mobiljesh
hu bútorgyártás (TEÁOR 31) | bútorgyárak | bútoripari vállalkozások
el κατασκευή επίπλων | επιπλοποιεία
bg производство на мебели | мебелни фабрики
sl proizvodnja pohištva | tovarne pohištva
hr proizvodnja namještaja | tvornice namještaja
sr proizvodnja nameštaja | fabrike nameštaja
sk výroba nábytku | nábytkárske podniky
de Herstellung von Möbeln | Möbelfabriken | Möbelbetriebe
it fabbricazione di mobili | mobilifici
mk производство на мебел | фабрики за мебел
"""),
    ("32", """
en other manufacturing | jewellery | toys | sports goods | medical and dental instruments
ro alte activități industriale | bijuterii | jucării | articole sportive | instrumente medicale și stomatologice
sq prodhime të tjera | bizhuteri | lodra | artikuj sportivë
hu egyéb feldolgozóipari tevékenység | ékszer | játékok | sportszerek | orvosi, fogorvosi eszközök
el άλλες μεταποιητικές δραστηριότητες | κοσμήματα | παιχνίδια | αθλητικά είδη
bg производство, некласифицирано другаде | бижута | играчки | спортни стоки
sl druge raznovrstne predelovalne dejavnosti | nakit | igrače | športni izdelki
hr ostala prerađivačka industrija | nakit | igračke | sportska oprema
sr ostale prerađivačke delatnosti | nakit | igračke | sportska oprema
sk iná výroba | šperky | hračky | športové potreby
de Herstellung von sonstigen Waren | Schmuck | Spielwaren | Sportgeräte
it altre industrie manifatturiere | gioielleria | giocattoli | articoli sportivi
mk друго преработувачко производство | накит | играчки | спортска опрема
"""),
    ("33", """
en repair and installation of machinery and equipment | maintenance of machinery | industrial maintenance
ro repararea, întreținerea și instalarea mașinilor și echipamentelor | mentenanță industrială
sq riparimi dhe instalimi i makinerive dhe pajisjeve | mirëmbajtje industriale
hu ipari gép, berendezés, eszköz javítása | ipari karbantartás
el επισκευή και εγκατάσταση μηχανημάτων και εξοπλισμού | βιομηχανική συντήρηση
bg ремонт и инсталиране на машини и оборудване | индустриална поддръжка
sl popravila in montaža strojev in naprav | industrijsko vzdrževanje
hr popravak i instaliranje strojeva i opreme | industrijsko održavanje
sr popravka i montaža mašina i opreme | industrijsko održavanje
sk oprava a inštalácia strojov a prístrojov | priemyselná údržba
de Reparatur und Installation von Maschinen und Ausrüstungen | Instandhaltung
it riparazione, manutenzione ed installazione di macchine ed apparecchiature | manutenzione industriale
mk поправка и инсталација на машини и опрема | индустриско одржување
"""),
]
