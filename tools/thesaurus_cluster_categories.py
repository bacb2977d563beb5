"""The cluster categories of data/reference/nace-cluster-categories.csv as thesaurus concepts:
id suffix, the concept they come under, terms per language (read by tools/thesaurus_sectors.py,
where the sources of the labels are stated). Each block lists en ro sq hu el bg sl hr sr sk de
it mk, one line each."""

CATEGORIES = [
    ("agricultural-inputs-and-services", "agri-food", """
en agricultural inputs and services | agricultural services | farm inputs
ro inputuri și servicii agricole | servicii agricole
sq inpute dhe shërbime bujqësore | shërbime bujqësore
hu mezőgazdasági inputok és szolgáltatások | mezőgazdasági szolgáltatás
el γεωργικές εισροές και υπηρεσίες | γεωργικές υπηρεσίες
bg селскостопански суровини и услуги | селскостопански услуги
sl kmetijski inputi in storitve | kmetijske storitve
hr poljoprivredni inputi i usluge | poljoprivredne usluge
sr poljoprivredni inputi i usluge | poljoprivredne usluge
sk poľnohospodárske vstupy a služby | poľnohospodárske služby
de landwirtschaftliche Vorleistungen und Dienstleistungen | landwirtschaftliche Dienstleistungen
it input e servizi agricoli | servizi agricoli
mk земјоделски инпути и услуги | земјоделски услуги
"""),
    ("forestry", "wood-and-furniture", """
en forestry cluster | forest products
ro produse forestiere
sq produkte pyjore
hu erdészeti termékek
el δασικά προϊόντα
bg горски продукти
sl gozdni proizvodi
hr šumski proizvodi
sr šumski proizvodi
sk lesné produkty
de Forstprodukte
it prodotti forestali
mk шумски производи
"""),
    ("fishing-and-fishing-products", "agri-food", """
en fishing and fishing products | fish products | seafood
ro pescuit și produse din pește | produse din pește
sq peshkim dhe produkte peshku | produkte peshku
hu halászat és haltermékek | haltermékek
el αλιεία και αλιευτικά προϊόντα | αλιευτικά προϊόντα | θαλασσινά
bg риболов и рибни продукти | рибни продукти
sl ribolov in ribji izdelki | ribji izdelki
hr ribolov i riblji proizvodi | riblji proizvodi
sr ribolov i riblji proizvodi | riblji proizvodi
sk rybolov a rybie výrobky | rybie výrobky
de Fischfang und Fischerzeugnisse | Fischerzeugnisse | Meeresfrüchte
it pesca e prodotti ittici | prodotti ittici
mk риболов и рибни производи | рибни производи
"""),
    ("coal-mining", "mining", """
en coal mining | coal | lignite
ro extracția cărbunelui | cărbune | lignit
sq nxjerrja e qymyrit | qymyr
hu szénbányászat | szén | lignit
el εξόρυξη άνθρακα | λιγνίτης
bg въгледобив | въглища | лигнитни въглища
sl premogovništvo | premog | lignit
hr vađenje ugljena | ugljen | lignit
sr eksploatacija uglja | ugalj | lignit
sk ťažba uhlia | uhlie | lignit
de Kohlenbergbau | Kohle | Braunkohle
it estrazione di carbone | carbone | lignite
mk ископување јаглен | јаглен | лигнит
"""),
    ("oil-and-gas", "energy-sector", """
en oil and gas | oil and gas production | petroleum | natural gas
ro petrol și gaze | extracția petrolului și gazelor | petrol | gaze naturale
sq naftë dhe gaz | nxjerrja e naftës dhe gazit | naftë | gaz natyror
hu olaj- és gázipar | kőolaj- és földgázkitermelés | kőolaj | földgáz
el πετρέλαιο και φυσικό αέριο | πετρέλαιο | φυσικό αέριο
bg нефт и газ | добив на нефт и газ | нефт | природен газ
sl nafta in plin | pridobivanje nafte in plina | nafta | zemeljski plin
hr nafta i plin | vađenje nafte i plina | nafta | prirodni plin
sr nafta i gas | eksploatacija nafte i gasa | nafta | prirodni gas
sk ropa a plyn | ťažba ropy a zemného plynu | ropa | zemný plyn
de Öl und Gas | Erdöl- und Erdgasgewinnung | Erdöl | Erdgas
it petrolio e gas | estrazione di petrolio e gas | petrolio | gas naturale
mk нафта и гас | нафта | природен гас
"""),
    ("metal-mining", "mining", """
en metal mining | metal ores | ore mining
ro extracția minereurilor metalifere | minereuri metalifere
sq nxjerrja e mineraleve metalore | minerale metalore
hu fémércbányászat | fémérc
el εξόρυξη μεταλλευμάτων | μεταλλεύματα
bg добив на метални руди | метални руди
sl pridobivanje kovinskih rud | kovinske rude
hr vađenje metalnih ruda | metalne rude
sr eksploatacija metalnih ruda | metalne rude
sk ťažba kovových rúd | kovové rudy
de Erzbergbau | Metallerze
it estrazione di minerali metalliferi | minerali metalliferi
mk ископување метални руди | метални руди
"""),
    ("nonmetal-mining", "mining", """
en nonmetal mining | quarrying | stone quarry | sand and gravel
ro extracția mineralelor nemetalifere | exploatare în carieră | carieră de piatră
sq nxjerrja e mineraleve jometalore | gurore
hu nemfémes ásványok bányászata | kőfejtés | kőbánya
el εξόρυξη μη μεταλλικών ορυκτών | λατομεία | λατομείο
bg добив на неметални материали | кариера | кариери
sl pridobivanje nekovinskih mineralov | kamnolom
hr vađenje nemetalnih minerala | kamenolom
sr eksploatacija nemetalnih minerala | kamenolom
sk ťažba nerudných surovín | kameňolom
de Gewinnung von Steinen und Erden | Steinbruch
it estrazione di minerali non metalliferi | cava | cave di pietra
mk ископување неметални минерали | каменолом
"""),
    ("food-processing", "agri-food", """
en food processing and manufacturing | food manufacturing | food products | beverages
ro prelucrarea și fabricarea alimentelor | fabricarea produselor alimentare | produse alimentare | băuturi
sq përpunimi dhe prodhimi i ushqimit | prodhimi i ushqimit | produkte ushqimore | pije
hu élelmiszer-feldolgozás és -gyártás | élelmiszergyártás | élelmiszerek | italgyártás
el μεταποίηση και παρασκευή τροφίμων | παρασκευή τροφίμων | τρόφιμα | ποτά
bg преработка и производство на храни | производство на храни | хранителни продукти | напитки
sl predelava in proizvodnja hrane | proizvodnja živil | živila | pijače
hr prerada i proizvodnja hrane | proizvodnja hrane | prehrambeni proizvodi | pića
sr prerada i proizvodnja hrane | proizvodnja hrane | prehrambeni proizvodi | pića
sk spracovanie a výroba potravín | výroba potravín | potraviny | nápoje
de Nahrungsmittelherstellung | Lebensmittelherstellung | Lebensmittel | Getränke
it trasformazione e produzione alimentare | produzione alimentare | prodotti alimentari | bevande
mk преработка и производство на храна | производство на храна | прехранбени производи | пијалаци
"""),
    ("tobacco", "agri-food", """
en tobacco | tobacco products
ro tutun | produse din tutun
sq duhan | produkte duhani
hu dohány | dohánytermékek
el καπνός | προϊόντα καπνού
bg тютюн | тютюневи изделия
sl tobak | tobačni izdelki
hr duhan | duhanski proizvodi
sr duvan | duvanski proizvodi
sk tabak | tabakové výrobky
de Tabak | Tabakerzeugnisse
it tabacco | prodotti del tabacco
mk тутун | тутунски производи
"""),
    ("textile-manufacturing", "textiles-and-clothing", """
en textile manufacturing | textiles | fabrics | yarn
ro fabricarea textilelor | textile | țesături | fire textile
sq prodhimi i tekstileve | tekstile | pëlhura
hu textilgyártás | textíliák | szövet | fonal
el παραγωγή κλωστοϋφαντουργικών προϊόντων | υφάσματα | νήματα
bg производство на текстил | текстил | платове | прежда
sl proizvodnja tekstilij | tekstilije | blago | preja
hr proizvodnja tekstila | tekstil | tkanine | pređa
sr proizvodnja tekstila | tekstil | tkanine | pređa
sk výroba textílií | textílie | tkaniny | priadza
de Textilherstellung | Textilien | Stoffe | Garn
it fabbricazione di prodotti tessili | tessuti | filati
mk производство на текстил | текстил | ткаенини
"""),
    ("apparel", "textiles-and-clothing", """
en apparel | clothing | garments | clothing manufacturing
ro îmbrăcăminte | articole de îmbrăcăminte | fabricarea articolelor de îmbrăcăminte
sq veshje | rroba | prodhimi i veshjeve
hu ruházat | ruházati termékek | ruhagyártás
el ενδύματα | ρούχα | κατασκευή ενδυμάτων
bg облекло | дрехи | производство на облекло
sl oblačila | proizvodnja oblačil
hr odjeća | proizvodnja odjeće
sr odeća | proizvodnja odeće
sk odevy | oblečenie | výroba odevov
de Bekleidung | Kleidung | Bekleidungsherstellung
it abbigliamento e confezioni | capi di abbigliamento | confezioni
mk облека | производство на облека
"""),
    ("leather-products", "textiles-and-clothing", """
en leather and related products | leather goods | footwear | shoes
ro produse din piele | articole din piele | încălțăminte și marochinărie | pantofi
sq produkte lëkure | këpucë | mallra lëkure
hu bőrtermékek | bőráru | lábbeli | cipő
el δερμάτινα είδη | υποδήματα | παπούτσια
bg кожени изделия | обувки
sl usnjeni izdelki | obutev | čevlji
hr proizvodi od kože | obuća | cipele
sr proizvodi od kože | obuća | cipele
sk kožené výrobky | obuv | topánky
de Lederwaren | Schuhe | Schuhwaren
it articoli in pelle | calzature | scarpe
mk кожени производи | обувки | чевли
"""),
    ("wood-products", "wood-and-furniture", """
en wood products | timber products | sawmilling | timber | wood
ro produse din lemn | cherestea | lemn
sq produkte druri | lëndë drusore | dru
hu faipari termékek | fűrészáru | faanyag | fa
el προϊόντα ξύλου | ξυλεία | ξύλο
bg изделия от дърво | дървен материал | дървесина | дърво
sl lesni izdelki | žagan les | les
hr proizvodi od drva | piljena građa | drvo | drvna građa
sr proizvodi od drveta | rezana građa | drvo | drvna građa
sk výrobky z dreva | rezivo | drevo
de Holzprodukte | Schnittholz | Holz
it prodotti in legno | segheria | legno | legname
mk производи од дрво | граѓа | дрво
"""),
    ("paper-and-packaging", "economic-sector", """
en paper and packaging | paper industry | packaging | pulp and paper
ro hârtie și ambalaje | industria hârtiei | ambalaje
sq letër dhe paketim | industria e letrës | paketim | ambalazh
hu papír és csomagolás | papíripar | csomagolás | csomagolóanyag
el χαρτί και συσκευασία | χαρτοβιομηχανία | συσκευασία
bg хартия и опаковки | хартиена промишленост | опаковки
sl papir in embalaža | papirna industrija | embalaža
hr papir i ambalaža | industrija papira | ambalaža
sr papir i ambalaža | industrija papira | ambalaža
sk papier a obaly | papierenský priemysel | obaly
de Papier und Verpackung | Papierindustrie | Verpackung | Verpackungen
it carta e imballaggi | industria cartaria | imballaggi | imballaggio
mk хартија и амбалажа | индустрија за хартија | амбалажа
"""),
    ("printing-services", "creative-industries", """
en printing services | printing | print shop
ro servicii de tipărire | tipografie | tipărire
sq shërbime shtypi | shtypshkronjë
hu nyomdai szolgáltatások | nyomdaipar | nyomda
el εκτυπωτικές υπηρεσίες | εκτυπώσεις | τυπογραφείο
bg печатни услуги | печатница | полиграфия
sl tiskarske storitve | tiskarstvo | tiskarna
hr tiskarske usluge | tiskarstvo | tiskara
sr štamparske usluge | štamparstvo | štamparija
sk tlačiarenské služby | tlačiareň | polygrafia
de Druckdienstleistungen | Druckerei | Druckgewerbe
it servizi di stampa | stampa tipografica | tipografia
mk печатарски услуги | печатница
"""),
    ("upstream-chemical-products", "chemicals-and-plastics", """
en upstream chemical products | basic chemicals | industrial chemicals | fertilisers
ro produse chimice de bază | chimicale industriale | îngrășăminte
sq produkte kimike bazë | kimikate industriale | plehra
hu vegyi alapanyagok | ipari vegyszerek | műtrágya
el βασικά χημικά προϊόντα | βιομηχανικά χημικά | λιπάσματα
bg основни химически продукти | промишлени химикали | торове
sl osnovne kemikalije | industrijske kemikalije | gnojila
hr osnovne kemikalije | industrijske kemikalije | gnojiva
sr osnovne hemikalije | industrijske hemikalije | đubriva
sk základné chemikálie | priemyselné chemikálie | hnojivá
de Grundstoffchemie | Industriechemikalien | Düngemittel
it chimica di base | prodotti chimici industriali | fertilizzanti
mk основни хемикалии | индустриски хемикалии | ѓубрива
"""),
    ("biopharmaceuticals", "life-sciences", """
en biopharmaceuticals | biopharma | biotechnology | biotech
ro biofarmaceutice | biotehnologie
sq biofarmaceutikë | bioteknologji
hu biogyógyszerek | biotechnológia
el βιοφαρμακευτικά | βιοτεχνολογία
bg биофармацевтика | биотехнологии
sl biofarmacevtski izdelki | biotehnologija
hr biofarmaceutici | biotehnologija
sr biofarmaceutici | biotehnologija
sk biofarmaceutiká | biotechnológia
de Biopharmazeutika | Biotechnologie
it biofarmaceutica | biotecnologie
mk биофармацевтика | биотехнологија
"""),
    ("plastics", "chemicals-and-plastics", """
en plastic products | plastics processing | rubber products | plastics recycling
ro produse din plastic | prelucrarea maselor plastice | produse din cauciuc | reciclarea plasticului
sq produkte plastike | përpunimi i plastikës | riciklimi i plastikës
hu műanyagtermékek | műanyag-feldolgozás | gumitermékek | műanyag-újrahasznosítás
el πλαστικά προϊόντα | επεξεργασία πλαστικών | προϊόντα από καουτσούκ | ανακύκλωση πλαστικών
bg пластмасови изделия | преработка на пластмаси | гумени изделия | рециклиране на пластмаси
sl izdelki iz plastike | predelava plastike | izdelki iz gume | recikliranje plastike
hr proizvodi od plastike | prerada plastike | proizvodi od gume | recikliranje plastike
sr proizvodi od plastike | prerada plastike | proizvodi od gume | reciklaža plastike
sk plastové výrobky | spracovanie plastov | gumárenské výrobky | recyklácia plastov
de Kunststoffwaren | Kunststoffverarbeitung | Gummiwaren | Kunststoffrecycling
it prodotti in plastica | lavorazione delle materie plastiche | articoli in gomma | riciclo della plastica
mk пластични производи | преработка на пластика | рециклирање пластика
"""),
    ("vulcanized-and-fired-materials", "construction", """
en ceramics, glass and building materials | ceramics | glass | cement | bricks
ro ceramică, sticlă și materiale de construcții | ceramică | sticlă | ciment | cărămizi
sq qeramikë, qelq dhe materiale ndërtimi | qeramikë | qelq | çimento | tulla
hu kerámia, üveg és építőanyag | kerámia | üveggyártás | cement | tégla
el κεραμικά, γυαλί και δομικά υλικά | κεραμικά | γυαλί | τσιμέντο | τούβλα
bg керамика, стъкло и строителни материали | керамика | стъкло | цимент | тухли
sl keramika, steklo in gradbeni materiali | keramika | steklo | cement | opeka
hr keramika, staklo i građevinski materijali | keramika | staklo | cement | opeka
sr keramika, staklo i građevinski materijali | keramika | staklo | cement | cigla
sk keramika, sklo a stavebné materiály | keramika | sklo | cement | tehly
de Keramik, Glas und Baustoffe | Keramik | Glas | Zement | Ziegel
it ceramica, vetro e materiali da costruzione | ceramica | vetro | cemento | laterizi
mk керамика, стакло и градежни материјали | керамика | стакло | цемент | тули
"""),
    ("upstream-metal-manufacturing", "metalworking", """
en basic metals | iron and steel | aluminium | foundry | foundries
ro metale de bază | fontă și oțel | aluminiu | turnătorie
sq metale bazë | hekur dhe çelik | alumin | shkritore
hu alapfémek | vas és acél | alumínium | öntöde
el βασικά μέταλλα | σίδηρος και χάλυβας | αλουμίνιο | χυτήριο
bg основни метали | чугун и стомана | алуминий | леярна
sl osnovne kovine | železo in jeklo | aluminij | livarna
hr bazni metali | željezo i čelik | aluminij | ljevaonica
sr osnovni metali | gvožđe i čelik | aluminijum | livnica
sk základné kovy | železo a oceľ | hliník | zlieváreň
de Metallerzeugung | Eisen und Stahl | Aluminium | Gießerei
it metalli di base | siderurgia e metallurgia | alluminio | fonderia
mk основни метали | железо и челик | алуминиум | леарница
"""),
    ("downstream-metal-products", "metalworking", """
en fabricated metal products | metal products | metal components
ro produse metalice | construcții metalice | componente metalice
sq produkte metalike | komponentë metalikë
hu fémtermékek | fémszerkezetek | fém alkatrészek
el μεταλλικά κατασκευάσματα | μεταλλικά εξαρτήματα
bg метални изделия | метални конструкции | метални компоненти
sl kovinski izdelki | kovinske konstrukcije | kovinske komponente
hr metalni proizvodi | metalne konstrukcije | metalne komponente
sr metalni proizvodi | metalne konstrukcije | metalne komponente
sk kovové výrobky | kovové konštrukcie | kovové komponenty
de Metallerzeugnisse | Metallbau | Metallkomponenten
it prodotti in metallo | carpenteria metallica | componenti metallici
mk метални производи | метални конструкции
"""),
    ("it-and-analytical-instruments", "electrical-and-electronics", """
en computers, electronics and instruments | computer hardware | electronic components | measuring instruments
ro calculatoare, electronice și instrumente | echipamente informatice | componente electronice | instrumente de măsură
sq kompjuterë, elektronikë dhe instrumente | pajisje kompjuterike | komponentë elektronikë
hu számítógépek, elektronika és műszerek | számítástechnikai eszközök | elektronikai alkatrészek | mérőműszerek
el υπολογιστές, ηλεκτρονικά και όργανα | ηλεκτρονικά εξαρτήματα | όργανα μέτρησης
bg компютри, електроника и уреди | компютърна техника | електронни компоненти | измервателни уреди
sl računalniki, elektronika in instrumenti | računalniška oprema | elektronske komponente | merilni instrumenti
hr računala, elektronika i instrumenti | računalna oprema | elektroničke komponente | mjerni instrumenti
sr računari, elektronika i instrumenti | računarska oprema | elektronske komponente | merni instrumenti
sk počítače, elektronika a prístroje | výpočtová technika | elektronické súčiastky | meracie prístroje
de Computer, Elektronik und Messtechnik | Computerhardware | elektronische Bauelemente | Messgeräte
it computer, elettronica e strumenti | componenti elettronici | strumenti di misura
mk компјутери, електроника и инструменти | електронски компоненти | мерни инструменти
"""),
    ("lighting-and-electrical-equipment", "electrical-and-electronics", """
en lighting and electrical equipment | lighting | electric motors | cables | batteries
ro iluminat și echipamente electrice | iluminat | motoare electrice | cabluri | baterii
sq ndriçim dhe pajisje elektrike | ndriçim | motorë elektrikë | kabllo | bateri
hu világítás és villamos berendezések | világítástechnika | villanymotorok | kábelek | akkumulátorok
el φωτισμός και ηλεκτρολογικός εξοπλισμός | φωτισμός | ηλεκτροκινητήρες | καλώδια | μπαταρίες
bg осветление и електрическо оборудване | осветление | електродвигатели | кабели | батерии
sl razsvetljava in električna oprema | razsvetljava | elektromotorji | kabli | baterije
hr rasvjeta i električna oprema | rasvjeta | elektromotori | kabeli | baterije
sr rasveta i električna oprema | rasveta | elektromotori | kablovi | baterije
sk osvetlenie a elektrické zariadenia | osvetlenie | elektromotory | káble | batérie
de Beleuchtung und elektrische Ausrüstungen | Beleuchtung | Elektromotoren | Kabel | Batterien
it illuminazione e apparecchiature elettriche | illuminazione | motori elettrici | cavi | batterie
mk осветлување и електрична опрема | осветлување | електромотори | кабли | батерии
"""),
    ("heavy-machinery", "machinery", """
en production technology and heavy machinery | industrial machinery | agricultural machinery | repair of machinery
ro tehnologie de producție și utilaje grele | utilaje industriale | mașini agricole | repararea utilajelor
sq teknologji prodhimi dhe makineri e rëndë | makineri industriale | makineri bujqësore
hu gyártástechnológia és nehézgépek | ipari gépek | mezőgazdasági gépek | gépjavítás
el τεχνολογία παραγωγής και βαριά μηχανήματα | βιομηχανικά μηχανήματα | γεωργικά μηχανήματα
bg производствени технологии и тежко машиностроене | промишлени машини | селскостопански машини | ремонт на машини
sl proizvodna tehnologija in težki stroji | industrijski stroji | kmetijski stroji | popravilo strojev
hr proizvodna tehnologija i teški strojevi | industrijski strojevi | poljoprivredni strojevi | popravak strojeva
sr proizvodna tehnologija i teške mašine | industrijske mašine | poljoprivredne mašine | popravka mašina
sk výrobné technológie a ťažké stroje | priemyselné stroje | poľnohospodárske stroje | oprava strojov
de Produktionstechnik und Schwermaschinen | Industriemaschinen | Landmaschinen | Maschinenreparatur
it tecnologie di produzione e macchinari pesanti | macchinari industriali | macchine agricole | riparazione di macchinari
mk производствена технологија и тешки машини | индустриски машини | земјоделски машини
"""),
    ("automotive", "automotive", """
en motor vehicles | cars | vehicle parts | car parts
ro autovehicule | autoturisme | piese auto
sq automjete | makina | pjesë këmbimi
hu gépjárművek | személyautók | járműalkatrészek | autóalkatrészek
el μηχανοκίνητα οχήματα | αυτοκίνητα | εξαρτήματα οχημάτων
bg моторни превозни средства | автомобили | авточасти
sl motorna vozila | avtomobili | avtomobilski deli
hr motorna vozila | automobili | dijelovi za vozila
sr motorna vozila | automobili | delovi za vozila
sk motorové vozidlá | automobily | autodiely
de Kraftwagen | Autos | Kfz-Teile | Autoteile
it autoveicoli | automobili | componenti per autoveicoli | ricambi auto
mk моторни возила | автомобили | автоделови
"""),
    ("aerospace-and-defense", "aerospace", """
en aerospace vehicles and defence | aircraft | defence industry | defense industry | railway rolling stock
ro vehicule aerospațiale și apărare | aeronave | industria de apărare | material rulant
sq mjete ajrore dhe mbrojtje | avionë | industria e mbrojtjes
hu repülőgépek és védelmi ipar | légi járművek | hadiipar | vasúti járművek
el αεροσκάφη και άμυνα | αεροσκάφη | αμυντική βιομηχανία | τροχαίο υλικό
bg летателни апарати и отбрана | самолети | отбранителна промишленост | подвижен железопътен състав
sl zrakoplovi in obramba | letala | obrambna industrija | železniška vozila
hr zrakoplovi i obrana | zrakoplovi | obrambena industrija | željeznička vozila
sr vazduhoplovi i odbrana | avioni | odbrambena industrija | železnička vozila
sk lietadlá a obrana | lietadlá | obranný priemysel | železničné vozidlá
de Luftfahrzeuge und Verteidigung | Flugzeuge | Rüstungsindustrie | Schienenfahrzeuge
it aeromobili e difesa | aerei | industria della difesa | materiale rotabile
mk воздухоплови и одбрана | авиони | одбранбена индустрија
"""),
    ("furniture", "wood-and-furniture", """
en furniture | furniture manufacturing | furniture makers
ro mobilă | mobilier | fabricarea mobilei
sq mobilje | mobilieri | prodhimi i mobiljeve
hu bútor | bútorgyártás | bútorgyártók
el έπιπλα | έπιπλο | κατασκευή επίπλων
bg мебели | мебел | производство на мебели
sl pohištvo | proizvodnja pohištva | izdelovalci pohištva
hr namještaj | proizvodnja namještaja | proizvođači namještaja
sr nameštaj | proizvodnja nameštaja | proizvođači nameštaja
sk nábytok | výroba nábytku | výrobcovia nábytku
de Möbel | Möbelherstellung | Möbelhersteller
it arredamento | industria del mobile | fabbricazione di mobili | mobilifici
mk мебел | производство на мебел
"""),
    ("medical-devices", "life-sciences", """
en medical equipment | medical instruments | dental equipment
ro echipamente medicale | instrumente medicale | echipamente stomatologice
sq pajisje shëndetësore | instrumente mjekësore
hu orvosi berendezések | orvosi műszerek | fogászati eszközök
el ιατρικός εξοπλισμός | ιατρικά όργανα | οδοντιατρικός εξοπλισμός
bg медицинско оборудване | медицински инструменти | стоматологично оборудване
sl medicinska oprema | medicinski instrumenti | zobozdravstvena oprema
hr medicinska oprema | medicinski instrumenti | stomatološka oprema
sr medicinska oprema | medicinski instrumenti | stomatološka oprema
sk zdravotnícke vybavenie | lekárske nástroje | zubárske vybavenie
de medizinische Geräte | medizinische Instrumente | Dentaltechnik
it apparecchiature mediche | strumenti medicali | apparecchiature dentali
mk медицинска опрема | медицински инструменти
"""),
    ("electric-power", "energy-sector", """
en electric power generation and transmission | electricity supply | electricity | power plants
ro producția și transportul energiei electrice | furnizarea energiei electrice | electricitate | centrale electrice
sq prodhimi dhe transmetimi i energjisë elektrike | furnizimi me energji elektrike | elektricitet | centrale elektrike
hu villamosenergia-termelés és -átvitel | villamosenergia-ellátás | villamos energia | erőművek
el παραγωγή και μεταφορά ηλεκτρικής ενέργειας | ηλεκτρική ενέργεια | σταθμοί ηλεκτροπαραγωγής
bg производство и пренос на електроенергия | електроснабдяване | електроенергия | електроцентрали
sl proizvodnja in prenos električne energije | oskrba z električno energijo | elektrika | elektrarne
hr proizvodnja i prijenos električne energije | opskrba električnom energijom | struja | elektrane
sr proizvodnja i prenos električne energije | snabdevanje električnom energijom | struja | elektrane
sk výroba a prenos elektriny | dodávka elektriny | elektrina | elektrárne
de Stromerzeugung und -übertragung | Elektrizitätsversorgung | Strom | Kraftwerke
it produzione e trasmissione di energia elettrica | fornitura di energia elettrica | elettricità | centrali elettriche
mk производство и пренос на електрична енергија | електрична енергија | електрани
"""),
    ("environmental-services", "economic-sector", """
en environmental services | waste management | water supply | wastewater | recycling
ro servicii de mediu | gestionarea deșeurilor | alimentare cu apă | ape uzate | reciclare
sq shërbime mjedisore | menaxhimi i mbetjeve | furnizim me ujë | ujëra të ndotura | riciklim
hu környezetvédelmi szolgáltatások | hulladékgazdálkodás | vízellátás | szennyvíz | újrahasznosítás
el περιβαλλοντικές υπηρεσίες | διαχείριση αποβλήτων | ύδρευση | λύματα | ανακύκλωση
bg екологични услуги | управление на отпадъците | водоснабдяване | отпадъчни води | рециклиране
sl okoljske storitve | ravnanje z odpadki | oskrba z vodo | odpadne vode | recikliranje
hr usluge zaštite okoliša | gospodarenje otpadom | opskrba vodom | otpadne vode | recikliranje
sr usluge zaštite životne sredine | upravljanje otpadom | snabdevanje vodom | otpadne vode | reciklaža
sk environmentálne služby | nakladanie s odpadom | zásobovanie vodou | odpadové vody | recyklácia
de Umweltdienstleistungen | Abfallwirtschaft | Wasserversorgung | Abwasser | Recycling
it servizi ambientali | gestione dei rifiuti | approvvigionamento idrico | acque reflue | riciclo
mk еколошки услуги | управување со отпад | водоснабдување | отпадни води | рециклирање
"""),
    ("construction-products-and-services", "construction", """
en construction products and services | building construction | civil engineering | specialised construction
ro produse și servicii de construcții | construcția de clădiri | lucrări de geniu civil | lucrări speciale de construcții
sq produkte dhe shërbime ndërtimi | ndërtimi i ndërtesave | inxhinieri civile
hu építőipari termékek és szolgáltatások | épületek építése | mélyépítés | szakipari munkák
el κατασκευαστικά προϊόντα και υπηρεσίες | κατασκευή κτιρίων | έργα πολιτικού μηχανικού | εξειδικευμένες κατασκευαστικές εργασίες
bg строителни продукти и услуги | строителство на сгради | гражданско строителство | специализирани строителни дейности
sl gradbeni proizvodi in storitve | gradnja stavb | nizke gradnje | specializirana gradbena dela
hr građevinski proizvodi i usluge | gradnja zgrada | niskogradnja | specijalizirane građevinske djelatnosti
sr građevinski proizvodi i usluge | izgradnja zgrada | niskogradnja | specijalizovani građevinski radovi
sk stavebné výrobky a služby | výstavba budov | inžinierske stavby | špecializované stavebné práce
de Bauprodukte und Bauleistungen | Hochbau | Tiefbau | Ausbaugewerbe
it prodotti e servizi per le costruzioni | costruzione di edifici | ingegneria civile | lavori di costruzione specializzati
mk градежни производи и услуги | изградба на згради | нискоградба
"""),
    ("distribution-and-e-commerce", "economic-sector", """
en distribution and electronic commerce | wholesale | wholesale trade | e-commerce | postal and courier services
ro distribuție și comerț electronic | comerț cu ridicata | comerț electronic | servicii poștale și de curierat
sq shpërndarje dhe tregti elektronike | tregti me shumicë | tregti elektronike | shërbime postare
hu kereskedelem és e-kereskedelem | nagykereskedelem | e-kereskedelem | postai és futárszolgáltatás
el διανομή και ηλεκτρονικό εμπόριο | χονδρικό εμπόριο | ηλεκτρονικό εμπόριο | ταχυδρομικές και ταχυμεταφορικές υπηρεσίες
bg дистрибуция и електронна търговия | търговия на едро | електронна търговия | пощенски и куриерски услуги
sl distribucija in elektronsko poslovanje | trgovina na debelo | e-trgovina | poštne in kurirske storitve
hr distribucija i elektronička trgovina | trgovina na veliko | e-trgovina | poštanske i kurirske usluge
sr distribucija i elektronska trgovina | trgovina na veliko | e-trgovina | poštanske i kurirske usluge
sk distribúcia a elektronický obchod | veľkoobchod | elektronický obchod | poštové a kuriérske služby
de Vertrieb und elektronischer Handel | Großhandel | E-Commerce | Post- und Kurierdienste
it distribuzione e commercio elettronico | commercio all'ingrosso | commercio elettronico | servizi postali e di corriere
mk дистрибуција и електронска трговија | трговија на големо | електронска трговија | поштенски и курирски услуги
"""),
    ("transportation-and-logistics", "logistics", """
en transportation | land transport | road haulage | warehousing | air transport
ro transporturi | transport terestru | transport rutier de mărfuri | depozitare | transport aerian
sq transport | transport tokësor | transport rrugor i mallrave | magazinim | transport ajror
hu szállítás | szárazföldi szállítás | közúti fuvarozás | raktározás | légi szállítás
el μεταφορές | χερσαίες μεταφορές | οδικές εμπορευματικές μεταφορές | αποθήκευση εμπορευμάτων | αεροπορικές μεταφορές
bg транспорт | сухопътен транспорт | автомобилен товарен транспорт | складиране | въздушен транспорт
sl promet | kopenski promet | cestni tovorni promet | skladiščenje | letalski promet
hr prijevoz | kopneni prijevoz | cestovni prijevoz robe | skladištenje | zračni prijevoz
sr saobraćaj | kopneni saobraćaj | drumski prevoz robe | skladištenje | vazdušni saobraćaj
sk doprava | pozemná doprava | cestná nákladná doprava | skladovanie | letecká doprava
de Verkehr | Landverkehr | Straßengüterverkehr | Lagerei | Luftfahrt
it trasporti | trasporto terrestre | autotrasporto merci | magazzinaggio | trasporto aereo
mk транспорт | копнен транспорт | патен товарен транспорт | складирање | воздушен транспорт
"""),
    ("water-transportation", "maritime-industry", """
en water transport | shipping | inland waterway transport | sea transport
ro transport pe apă | transport maritim | transport fluvial | navigație
sq transport ujor | transport detar | lundrim
hu vízi szállítás | hajózás | belvízi hajózás | tengeri szállítás
el θαλάσσιες μεταφορές | ναυτιλιακές μεταφορές | εσωτερικές πλωτές μεταφορές
bg воден транспорт | корабоплаване | речен транспорт | морски транспорт
sl vodni promet | pomorski promet | rečni promet | ladijski promet
hr vodeni prijevoz | pomorski prijevoz | riječni prijevoz | brodarstvo
sr vodeni saobraćaj | pomorski saobraćaj | plovidba | brodarstvo
sk vodná doprava | lodná doprava | vnútrozemská vodná doprava | námorná doprava
de Schifffahrt | Binnenschifffahrt | Seeschifffahrt | Wassertransport
it trasporto marittimo | trasporto per vie d'acqua | navigazione interna | navigazione
mk воден транспорт | поморски транспорт | речен транспорт
"""),
    ("hospitality-and-tourism", "tourism", """
en hospitality and tourism | accommodation | hotels | travel agencies | tour operators
ro ospitalitate și turism | cazare | hoteluri | agenții de turism | tur-operatori
sq mikpritje dhe turizëm | akomodim | hotele | agjenci udhëtimi | operatorë turistikë
hu vendéglátás és turizmus | szálláshely | szállodák | utazási irodák | utazásszervezők
el φιλοξενία και τουρισμός | καταλύματα | ξενοδοχεία | ταξιδιωτικά γραφεία | τουριστικοί πράκτορες
bg хотелиерство и туризъм | настаняване | хотели | туристически агенции | туроператори
sl gostinstvo in turizem | nastanitev | hoteli | turistične agencije | organizatorji potovanj
hr ugostiteljstvo i turizam | smještaj | hoteli | putničke agencije | turoperatori
sr ugostiteljstvo i turizam | smeštaj | hoteli | turističke agencije | turoperatori
sk pohostinstvo a cestovný ruch | ubytovanie | hotely | cestovné kancelárie | cestovné agentúry
de Gastgewerbe und Tourismus | Beherbergung | Hotels | Reisebüros | Reiseveranstalter
it ospitalità e turismo | alloggio | alberghi | agenzie di viaggio | tour operator
mk угостителство и туризам | сместување | хотели | туристички агенции | туроператори
"""),
    ("marketing-design-and-publishing", "creative-industries", """
en marketing, design and publishing | advertising | design | publishing | market research
ro marketing, design și editare | publicitate | design | editare | cercetare de piață
sq marketing, dizajn dhe botim | reklamë | dizajn | botim | kërkim tregu
hu marketing, design és kiadás | reklám | formatervezés | könyvkiadás | piackutatás
el μάρκετινγκ, σχεδιασμός και εκδόσεις | διαφήμιση | σχεδιασμός | εκδόσεις | έρευνα αγοράς
bg маркетинг, дизайн и издателска дейност | реклама | дизайн | издателска дейност | пазарно проучване
sl trženje, oblikovanje in založništvo | oglaševanje | oblikovanje | založništvo | raziskava trga
hr marketing, dizajn i izdavaštvo | oglašavanje | dizajn | izdavaštvo | istraživanje tržišta
sr marketing, dizajn i izdavaštvo | reklamiranje | dizajn | izdavaštvo | istraživanje tržišta
sk marketing, dizajn a vydavateľstvo | reklama | dizajn | vydavateľská činnosť | prieskum trhu
de Marketing, Design und Verlagswesen | Werbung | Design | Verlagswesen | Marktforschung
it marketing, design ed editoria | pubblicità | design | editoria | ricerche di mercato
mk маркетинг, дизајн и издаваштво | рекламирање | дизајн | издаваштво | истражување на пазарот
"""),
    ("video-production-and-distribution", "creative-industries", """
en video production and distribution | film production | broadcasting | television
ro producție și distribuție video | producție de film | radiodifuziune | televiziune
sq prodhim dhe shpërndarje video | prodhim filmash | transmetim | televizion
hu videógyártás és -forgalmazás | filmgyártás | műsorszolgáltatás | televízió
el παραγωγή και διανομή βίντεο | κινηματογραφική παραγωγή | ραδιοτηλεοπτικές εκπομπές | τηλεόραση
bg видеопродукция и разпространение | филмопроизводство | радио- и телевизионна дейност | телевизия
sl video produkcija in distribucija | filmska produkcija | radiodifuzija | televizija
hr video produkcija i distribucija | filmska produkcija | emitiranje programa | televizija
sr video produkcija i distribucija | filmska produkcija | emitovanje programa | televizija
sk video produkcia a distribúcia | filmová produkcia | vysielanie | televízia
de Videoproduktion und -vertrieb | Filmproduktion | Rundfunk | Fernsehen
it produzione e distribuzione video | produzione cinematografica | radiotelevisione | televisione
mk видео продукција и дистрибуција | филмска продукција | радиодифузија | телевизија
"""),
    ("communications-equipment-and-services", "ict-sector", """
en communications equipment and services | telecommunications | telecoms | broadband
ro echipamente și servicii de comunicații | telecomunicații | bandă largă
sq pajisje dhe shërbime komunikimi | telekomunikacion | brez i gjerë
hu hírközlési eszközök és szolgáltatások | távközlés | szélessáv
el εξοπλισμός και υπηρεσίες επικοινωνιών | τηλεπικοινωνίες | ευρυζωνικότητα
bg комуникационно оборудване и услуги | телекомуникации | широколентов достъп
sl komunikacijska oprema in storitve | telekomunikacije | širokopasovni dostop
hr komunikacijska oprema i usluge | telekomunikacije | širokopojasni pristup
sr komunikaciona oprema i usluge | telekomunikacije | širokopojasni pristup
sk komunikačné zariadenia a služby | telekomunikácie | širokopásmové pripojenie
de Kommunikationstechnik und -dienste | Telekommunikation | Breitband
it apparecchiature e servizi di comunicazione | telecomunicazioni | banda larga
mk комуникациска опрема и услуги | телекомуникации | широкопојасен пристап
"""),
    ("business-services", "economic-sector", """
en business services | professional services | consultancy | IT services | software outsourcing
ro servicii pentru afaceri | servicii profesionale | consultanță | servicii IT | externalizare software
sq shërbime për biznesin | shërbime profesionale | konsulencë | shërbime IT | outsourcing softueri
hu üzleti szolgáltatások | szakmai szolgáltatások | tanácsadás | informatikai szolgáltatások | szoftverfejlesztési kiszervezés
el επιχειρηματικές υπηρεσίες | επαγγελματικές υπηρεσίες | συμβουλευτικές υπηρεσίες | υπηρεσίες πληροφορικής | εξωτερική ανάθεση λογισμικού
bg бизнес услуги | професионални услуги | консултантски услуги | ИТ услуги | софтуерен аутсорсинг
sl poslovne storitve | strokovne storitve | svetovanje | storitve IT | zunanje izvajanje programske opreme
hr poslovne usluge | stručne usluge | savjetovanje | IT usluge | softverski outsourcing
sr poslovne usluge | stručne usluge | konsalting | IT usluge | softverski autsorsing
sk podnikateľské služby | odborné služby | poradenstvo | IT služby | softvérový outsourcing
de unternehmensnahe Dienstleistungen | freiberufliche Dienstleistungen | Unternehmensberatung | IT-Dienstleistungen | Software-Outsourcing
it servizi alle imprese | servizi professionali | consulenza | servizi informatici | outsourcing del software
mk деловни услуги | професионални услуги | консултантски услуги | ИТ услуги | софтверски аутсорсинг
"""),
    ("financial-services", "economic-sector", """
en financial services | banking | banks
ro servicii financiare | activități bancare | bănci
sq shërbime financiare | bankë | banka
hu pénzügyi szolgáltatások | bankszektor | bankok
el χρηματοπιστωτικές υπηρεσίες | τραπεζικός τομέας | τράπεζες
bg финансови услуги | банков сектор | банки
sl finančne storitve | bančništvo | banke
hr financijske usluge | bankarstvo | banke
sr finansijske usluge | bankarstvo | banke
sk finančné služby | bankovníctvo | banky
de Finanzdienstleistungen | Bankwesen | Banken
it servizi finanziari | settore bancario | banche
mk финансиски услуги | банкарство | банки
"""),
    ("insurance-services", "economic-sector", """
en insurance services | insurance | pension funding
ro servicii de asigurări | asigurări | fonduri de pensii
sq shërbime sigurimi | sigurime | fonde pensionesh
hu biztosítási szolgáltatások | biztosítás | nyugdíjpénztárak
el ασφαλιστικές υπηρεσίες | ασφάλιση | συνταξιοδοτικά ταμεία
bg застрахователни услуги | застраховане | пенсионни фондове
sl zavarovalne storitve | zavarovalništvo | pokojninski skladi
hr usluge osiguranja | osiguranje | mirovinski fondovi
sr usluge osiguranja | osiguranje | penzijski fondovi
sk poisťovacie služby | poisťovníctvo | dôchodkové fondy
de Versicherungsdienstleistungen | Versicherungen | Pensionskassen
it servizi assicurativi | assicurazioni | fondi pensione
mk услуги за осигурување | осигурување | пензиски фондови
"""),
    ("education-and-knowledge-creation", "economic-sector", """
en education and knowledge creation | education | scientific research and development | research institutes
ro educație și creare de cunoaștere | învățământ | cercetare-dezvoltare științifică | institute de cercetare
sq arsim dhe krijim njohurish | arsim | kërkim shkencor dhe zhvillim | institute kërkimore
hu oktatás és tudásteremtés | oktatás | tudományos kutatás-fejlesztés | kutatóintézetek
el εκπαίδευση και δημιουργία γνώσης | εκπαίδευση | επιστημονική έρευνα και ανάπτυξη | ερευνητικά ινστιτούτα
bg образование и създаване на знания | образование | научноизследователска и развойна дейност | научни институти
sl izobraževanje in ustvarjanje znanja | izobraževanje | znanstvena raziskovalna in razvojna dejavnost | raziskovalni inštituti
hr obrazovanje i stvaranje znanja | obrazovanje | znanstveno istraživanje i razvoj | istraživački instituti
sr obrazovanje i stvaranje znanja | obrazovanje | naučno istraživanje i razvoj | istraživački instituti
sk vzdelávanie a tvorba poznatkov | vzdelávanie | vedecký výskum a vývoj | výskumné ústavy
de Bildung und Wissensgenerierung | Bildungswesen | Forschung und Entwicklung | Forschungsinstitute
it istruzione e creazione di conoscenza | istruzione | ricerca scientifica e sviluppo | istituti di ricerca
mk образование и создавање знаење | образование | научно истражување и развој | истражувачки институти
"""),
    ("performing-arts", "creative-industries", """
en performing arts | theatre | concerts | live performance
ro arte ale spectacolului | teatru | concerte | spectacole
sq arte skenike | teatër | koncerte | shfaqje
hu előadóművészet | színház | koncertek | élő előadás
el παραστατικές τέχνες | θέατρο | συναυλίες | ζωντανές παραστάσεις
bg сценични изкуства | театър | концерти | представления
sl uprizoritvene umetnosti | gledališče | koncerti | predstave
hr izvedbene umjetnosti | kazalište | koncerti | predstave
sr izvođačke umetnosti | pozorište | koncerti | predstave
sk scénické umenie | divadlo | koncerty | predstavenia
de darstellende Kunst | Theater | Konzerte | Aufführungen
it arti dello spettacolo | teatro | concerti | spettacolo dal vivo
mk изведувачки уметности | театар | концерти | претстави
"""),
]
