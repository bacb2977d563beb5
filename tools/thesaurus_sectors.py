"""Sector vocabulary of the thesaurus: the cluster categories of
data/reference/nace-cluster-categories.csv and the NACE Rev. 2 divisions listed there, as
concepts with terms in the 13 languages (imported by tools/thesaurus_source.py).

The labels were written for the project after the NACE Rev. 2 division titles (Eurostat,
published in the official languages of the EU) and the national classifications derived from
them (CAEN Rev. 2, TEÁOR'08, STAKOD 08, NKD 2007, SKD 2008, KD 2010, SK NACE Rev. 2, ATECO
2007, ÖNACE 2008, NKID, NACE Rev. 2 of Albania and North Macedonia), in their short everyday
form ("furniture manufacturing" rather than "Manufacture of furniture"); they were not copied
from those files and may differ from their official wording. The cluster categories follow
the names of the US Cluster Mapping categories the CSV uses, translated for the project.

A term that already names a concept of the thesaurus in the same language is left to that
concept (add_sectors drops it here), so the sector concepts add words, never take them.
Each block lists en ro sq hu el bg sl hr sr sk de it mk, one line each."""
import csv
import re

ORDER = ["en", "ro", "sq", "hu", "el", "bg", "sl", "hr", "sr", "sk", "de", "it", "mk"]

# Cluster categories: id suffix, broader concept, terms per language.
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
it mobili | arredamento | fabbricazione di mobili | mobilifici
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
    ("35", """
en electricity, gas, steam and air conditioning supply | energy utilities | district heating
ro furnizarea de energie electrică și termică, gaze, apă caldă și aer condiționat | utilități energetice | termoficare
sq furnizimi me energji elektrike, gaz, avull dhe ajër të kondicionuar | shërbime energjetike | ngrohje qendrore
hu villamosenergia-, gáz-, gőzellátás, légkondicionálás | energiaszolgáltatók | távfűtés
el παροχή ηλεκτρικού ρεύματος, φυσικού αερίου, ατμού και κλιματισμού | τηλεθέρμανση
bg производство и разпределение на електрическа и топлинна енергия и на газообразни горива | енергийни дружества | топлофикация
sl oskrba z električno energijo, plinom in paro | energetska podjetja | daljinsko ogrevanje
hr opskrba električnom energijom, plinom, parom i klimatizacija | energetske tvrtke | toplinarstvo
sr snabdevanje električnom energijom, gasom, parom i klimatizacija | energetska preduzeća | daljinsko grejanje
sk dodávka elektriny, plynu, pary a studeného vzduchu | energetické podniky | centrálne zásobovanie teplom
de Energieversorgung | Energieversorger | Fernwärme
it fornitura di energia elettrica, gas, vapore e aria condizionata | aziende energetiche | teleriscaldamento
mk снабдување со електрична енергија, гас, пареа и климатизација | енергетски компании | централно греење
"""),
    ("36", """
en water collection, treatment and supply | waterworks | drinking water
ro captarea, tratarea și distribuția apei | uzine de apă | apă potabilă
sq grumbullimi, trajtimi dhe furnizimi me ujë | ujësjellës | ujë i pijshëm
hu víztermelés, -kezelés, -ellátás | vízművek | ivóvíz
el συλλογή, επεξεργασία και παροχή νερού | πόσιμο νερό
bg събиране, пречистване и доставяне на води | водопровод | питейна вода
sl zbiranje, prečiščevanje in distribucija vode | vodovod | pitna voda
hr skupljanje, pročišćavanje i opskrba vodom | vodovod | pitka voda
sr skupljanje, prečišćavanje i distribucija vode | vodovod | pijaća voda
sk zber, úprava a dodávka vody | vodárne | pitná voda
de Wasserversorgung (Abteilung 36) | Wasserwerke | Trinkwasser
it raccolta, trattamento e fornitura di acqua | acquedotti | acqua potabile
mk собирање, прочистување и снабдување со вода | водовод | вода за пиење
"""),
    ("37", """
en sewerage | sewage treatment | wastewater treatment plants
ro colectarea și epurarea apelor uzate | stații de epurare
sq kanalizimet | trajtimi i ujërave të zeza | impiante trajtimi
hu szennyvíz gyűjtése, kezelése | szennyvíztisztító telepek
el επεξεργασία λυμάτων | αποχέτευση | μονάδες επεξεργασίας λυμάτων
bg събиране, отвеждане и пречистване на отпадъчни води | канализация | пречиствателни станции
sl ravnanje z odplakami | kanalizacija | čistilne naprave
hr uklanjanje otpadnih voda | kanalizacija | uređaji za pročišćavanje
sr uklanjanje otpadnih voda | kanalizacija | postrojenja za prečišćavanje
sk čistenie a odvod odpadových vôd | kanalizácia | čistiarne odpadových vôd
de Abwasserentsorgung | Kanalisation | Kläranlagen
it gestione delle reti fognarie | fognature | depuratori
mk собирање и прочистување на отпадни води | канализација | пречистителни станици
"""),
    ("38", """
en waste collection, treatment and disposal; materials recovery | waste collection | materials recovery
ro colectarea, tratarea și eliminarea deșeurilor; recuperarea materialelor | colectarea deșeurilor | recuperarea materialelor
sq grumbullimi, trajtimi dhe asgjësimi i mbetjeve | grumbullimi i mbetjeve | rikuperimi i materialeve
hu hulladékgazdálkodás (TEÁOR 38) | hulladékgyűjtés | anyagvisszanyerés
el συλλογή, επεξεργασία και διάθεση αποβλήτων | συλλογή αποβλήτων | ανάκτηση υλικών
bg събиране и обезвреждане на отпадъци; рециклиране на материали | събиране на отпадъци | оползотворяване на материали
sl zbiranje in odvoz odpadkov, ravnanje z odpadki | zbiranje odpadkov | predelava odpadkov
hr skupljanje otpada, obrada i zbrinjavanje otpada | skupljanje otpada | oporaba materijala
sr sakupljanje, tretman i odlaganje otpada | sakupljanje otpada | ponovna upotreba materijala
sk zber, spracúvanie a likvidácia odpadov | zber odpadu | recyklácia materiálov
de Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung | Müllabfuhr | Rückgewinnung
it attività di raccolta, trattamento e smaltimento dei rifiuti; recupero dei materiali | raccolta dei rifiuti | recupero dei materiali
mk собирање, третман и отстранување на отпад | собирање отпад | обновување материјали
"""),
    ("39", """
en remediation activities and other waste management services | remediation | soil decontamination
ro activități și servicii de decontaminare | decontaminare | depoluarea solului
sq veprimtari rehabilitimi dhe shërbime të tjera të menaxhimit të mbetjeve | rehabilitim mjedisor
hu szennyeződésmentesítés, egyéb hulladékkezelés | kármentesítés | talajtisztítás
el δραστηριότητες εξυγίανσης και άλλες υπηρεσίες διαχείρισης αποβλήτων | απορρύπανση
bg възстановяване и други услуги по управление на отпадъци | почистване на замърсени терени
sl saniranje okolja in drugo ravnanje z odpadki | sanacija okolja
hr djelatnosti sanacije okoliša te ostale djelatnosti gospodarenja otpadom | sanacija okoliša
sr sanacija, rekultivacija i ostale usluge u oblasti upravljanja otpadom | sanacija zemljišta
sk sanácia a iné činnosti nakladania s odpadom | sanácia
de Beseitigung von Umweltverschmutzungen und sonstige Entsorgung | Altlastensanierung
it attività di risanamento e altri servizi di gestione dei rifiuti | bonifica
mk дејности на санација и други услуги за управување со отпад | санација
"""),
    ("41", """
en construction of buildings | building contractors | residential construction
ro construcții de clădiri | antreprenori de construcții | construcții rezidențiale
sq ndërtimi i ndërtesave | sipërmarrës ndërtimi | ndërtim banesash
hu épületek építése | építési vállalkozók | lakásépítés
el κατασκευές κτιρίων | εργολάβοι | κατασκευή κατοικιών
bg строителство на сгради | строителни предприемачи | жилищно строителство
sl gradnja stavb (SKD 41) | gradbena podjetja | stanovanjska gradnja
hr gradnja zgrada (NKD 41) | građevinske tvrtke | stambena gradnja
sr izgradnja zgrada (KD 41) | građevinske firme | stambena izgradnja
sk výstavba budov (SK NACE 41) | stavebné firmy | bytová výstavba
de Hochbau (Abteilung 41) | Bauunternehmen | Wohnungsbau
it costruzione di edifici (divisione 41) | imprese edili | edilizia residenziale
mk изградба на згради (НКД 41) | градежни фирми | станбена изградба
"""),
    ("42", """
en civil engineering works | road construction | infrastructure works
ro lucrări de geniu civil (CAEN 42) | construcții de drumuri | lucrări de infrastructură
sq punime të inxhinierisë civile | ndërtimi i rrugëve | punime infrastrukture
hu egyéb építmény építése | útépítés | infrastruktúra-építés
el έργα πολιτικού μηχανικού (NACE 42) | οδοποιία | έργα υποδομής
bg строителство на съоръжения | пътно строителство | инфраструктурни обекти
sl gradnja inženirskih objektov | gradnja cest | infrastrukturna dela
hr gradnja građevina niskogradnje | gradnja cesta | infrastrukturni radovi
sr izgradnja ostalih građevina | izgradnja puteva | infrastrukturni radovi
sk inžinierske stavby (SK NACE 42) | výstavba ciest | infraštruktúrne stavby
de Tiefbau (Abteilung 42) | Straßenbau | Infrastrukturbau
it ingegneria civile (divisione 42) | costruzione di strade | opere infrastrutturali
mk градежни работи на објекти од нискоградба | изградба на патишта | инфраструктурни работи
"""),
    ("43", """
en specialised construction activities | installation works | building completion
ro lucrări speciale de construcții (CAEN 43) | lucrări de instalații | lucrări de finisaj
sq veprimtari të specializuara ndërtimi | punime instalimi | punime përfundimtare
hu speciális szaképítés | szerelési munkák | befejező építés
el εξειδικευμένες κατασκευαστικές δραστηριότητες | εργασίες εγκατάστασης | αποπερατώσεις κτιρίων
bg специализирани строителни дейности (НКИД 43) | инсталационни работи | довършителни работи
sl specializirana gradbena dela (SKD 43) | inštalacijska dela | zaključna gradbena dela
hr specijalizirane građevinske djelatnosti (NKD 43) | instalacijski radovi | završni građevinski radovi
sr specijalizovani građevinski radovi (KD 43) | instalacioni radovi | završni radovi
sk špecializované stavebné práce (SK NACE 43) | inštalačné práce | dokončovacie práce
de vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe | Bauinstallation | Innenausbau
it lavori di costruzione specializzati (divisione 43) | impiantistica | lavori di completamento
mk специјализирани градежни работи (НКД 43) | инсталатерски работи | завршни работи
"""),
    ("46", """
en wholesale trade, except of motor vehicles | wholesalers | distributors
ro comerț cu ridicata, cu excepția autovehiculelor | angrosiști | distribuitori
sq tregtia me shumicë, përveç automjeteve | shitës me shumicë | distributorë
hu nagykereskedelem (kivéve jármű) | nagykereskedők | forgalmazók
el χονδρικό εμπόριο, εκτός από το εμπόριο μηχανοκίνητων οχημάτων | χονδρέμποροι | διανομείς
bg търговия на едро, без търговията с автомобили | търговци на едро | дистрибутори
sl trgovina na debelo, razen z motornimi vozili | trgovci na debelo | distributerji
hr trgovina na veliko, osim trgovine motornim vozilima | veletrgovci | distributeri
sr trgovina na veliko, osim trgovine motornim vozilima | veletrgovci | distributeri
sk veľkoobchod okrem motorových vozidiel | veľkoobchodníci | distribútori
de Großhandel (ohne Handel mit Kraftfahrzeugen) | Großhändler | Vertriebsunternehmen
it commercio all'ingrosso, escluso quello di autoveicoli | grossisti | distributori
mk трговија на големо, освен со моторни возила | трговци на големо | дистрибутери
"""),
    ("49", """
en land transport and transport via pipelines | road transport | rail transport | haulage companies
ro transporturi terestre și transporturi prin conducte | transport rutier | transport feroviar | firme de transport
sq transporti tokësor dhe transporti me tubacione | transport rrugor | transport hekurudhor
hu szárazföldi és csővezetékes szállítás | közúti szállítás | vasúti szállítás | fuvarozók
el χερσαίες μεταφορές και μεταφορές μέσω αγωγών | οδικές μεταφορές | σιδηροδρομικές μεταφορές
bg сухопътен транспорт | автомобилен транспорт | железопътен транспорт | превозвачи
sl kopenski promet; cevovodni transport | cestni promet | železniški promet | prevozniki
hr kopneni prijevoz i cjevovodni transport | cestovni prijevoz | željeznički prijevoz | prijevoznici
sr kopneni saobraćaj i cevovodni transport | drumski saobraćaj | železnički saobraćaj | prevoznici
sk pozemná doprava a doprava potrubím | cestná doprava | železničná doprava | dopravcovia
de Landverkehr und Transport in Rohrfernleitungen | Straßenverkehr | Eisenbahnverkehr | Speditionen
it trasporto terrestre e trasporto mediante condotte | trasporto su strada | trasporto ferroviario | autotrasportatori
mk копнен транспорт и транспорт преку цевководи | патен транспорт | железнички транспорт | превозници
"""),
    ("50", """
en water transport (NACE 50) | shipping companies | ferries
ro transporturi pe apă (CAEN 50) | companii de navigație | feriboturi
sq transporti ujor (NACE 50) | kompani lundrimi | trage
hu vízi szállítás (TEÁOR 50) | hajózási társaságok | kompok
el πλωτές μεταφορές | ναυτιλιακές εταιρείες | πορθμεία
bg воден транспорт (НКИД 50) | корабни компании | фериботи
sl vodni promet (SKD 50) | ladjarji | trajekti
hr vodeni prijevoz (NKD 50) | brodari | trajekti
sr vodeni saobraćaj (KD 50) | brodarske kompanije | trajekti
sk vodná doprava (SK NACE 50) | lodné spoločnosti | trajekty
de Schifffahrt (Abteilung 50) | Reedereien | Fähren
it trasporto marittimo e per vie d'acqua | compagnie di navigazione | traghetti
mk воден транспорт (НКД 50) | бродски компании | фериботи
"""),
    ("51", """
en air transport (NACE 51) | airlines | air cargo
ro transporturi aeriene | companii aeriene | transport aerian de marfă
sq transporti ajror (NACE 51) | linja ajrore | ngarkesa ajrore
hu légi szállítás (TEÁOR 51) | légitársaságok | légi áruszállítás
el αεροπορικές μεταφορές (NACE 51) | αεροπορικές εταιρείες | αεροπορικό φορτίο
bg въздушен транспорт (НКИД 51) | авиокомпании | въздушни товари
sl zračni promet | letalske družbe | letalski tovor
hr zračni prijevoz (NKD 51) | zrakoplovne tvrtke | zračni teret
sr vazdušni saobraćaj (KD 51) | avio-kompanije | vazdušni teret
sk letecká doprava (SK NACE 51) | letecké spoločnosti | letecký náklad
de Luftfahrt (Abteilung 51) | Fluggesellschaften | Luftfracht
it trasporto aereo (divisione 51) | compagnie aeree | trasporto aereo di merci
mk воздушен транспорт (НКД 51) | авиокомпании | воздушен товар
"""),
    ("52", """
en warehousing and support activities for transportation | warehouses | freight forwarding | cargo handling
ro depozitare și activități auxiliare pentru transporturi | depozite | expediții de mărfuri | manipularea mărfurilor
sq magazinimi dhe veprimtari mbështetëse për transportin | magazina | spedicion | trajtimi i ngarkesave
hu raktározás, szállítást kiegészítő tevékenység | raktárak | szállítmányozók | rakománykezelés
el αποθήκευση και υποστηρικτικές προς τη μεταφορά δραστηριότητες | αποθήκες | διαμεταφορές | διακίνηση φορτίων
bg складиране на товари и спомагателни дейности в транспорта | складове | спедиция | обработка на товари
sl skladiščenje in spremljajoče prometne dejavnosti | skladišča | špedicija | pretovor
hr skladištenje i prateće djelatnosti u prijevozu | skladišta | špedicija | pretovar tereta
sr skladištenje i prateće aktivnosti u saobraćaju | skladišta | špedicija | pretovar
sk skladové a pomocné činnosti v doprave | sklady | špedícia | manipulácia s nákladom
de Lagerei sowie Erbringung von sonstigen Dienstleistungen für den Verkehr | Lagerhäuser | Spedition | Frachtumschlag
it magazzinaggio e attività di supporto ai trasporti | magazzini | spedizioni | movimentazione merci
mk складирање и помошни дејности во транспортот | магацини | шпедиција | претовар
"""),
    ("53", """
en postal and courier activities | courier services | parcel delivery
ro activități de poștă și de curier | servicii de curierat | livrare de colete
sq veprimtari postare dhe korriere | shërbime korriere | dërgimi i pakove
hu postai, futárpostai tevékenység | futárszolgálatok | csomagkézbesítés
el ταχυδρομικές και ταχυμεταφορικές δραστηριότητες | ταχυμεταφορές | διανομή δεμάτων
bg пощенски и куриерски дейности | куриерски услуги | доставка на пратки
sl poštna in kurirska dejavnost | kurirske storitve | dostava paketov
hr poštanske djelatnosti i djelatnosti kurira | kurirske službe | dostava paketa
sr poštanske aktivnosti i aktivnosti kurira | kurirske službe | dostava paketa
sk poštové služby a služby kuriérov | kuriérske služby | doručovanie balíkov
de Post-, Kurier- und Expressdienste | Kurierdienste | Paketzustellung
it servizi postali e attività di corriere | corrieri espressi | consegna pacchi
mk поштенски и курирски дејности | курирски служби | достава на пратки
"""),
    ("55", """
en accommodation (NACE 55) | guesthouses | hostels | campsites
ro servicii de cazare | pensiuni | hosteluri | campinguri
sq shërbime akomodimi | bujtina | hostele | kampingje
hu szálláshely-szolgáltatás | vendégházak | hostelek | kempingek
el υπηρεσίες παροχής καταλύματος | ξενώνες | κάμπινγκ
bg хотелиерство (НКИД 55) | къщи за гости | хостели | къмпинги
sl gostinske nastanitvene dejavnosti | gostišča | hostli | kampi
hr djelatnosti pružanja smještaja | kuće za odmor | hosteli | kampovi
sr usluge smeštaja | seoska domaćinstva | hosteli | kampovi
sk ubytovacie služby | penzióny | hostely | kempy
de Beherbergung (Abteilung 55) | Gästehäuser | Pensionen | Campingplätze
it servizi di alloggio | pensioni | ostelli | campeggi
mk сместување (НКД 55) | куќи за гости | хостели | кампови
"""),
    ("58", """
en publishing activities | publishers | book publishing | software publishing
ro activități de editare | edituri | editarea cărților | editarea produselor software
sq veprimtari botuese | botues | botimi i librave | botimi i softuerit
hu kiadói tevékenység | kiadók | szoftverkiadás
el εκδοτικές δραστηριότητες | εκδότες | έκδοση βιβλίων | έκδοση λογισμικού
bg издателска дейност (НКИД 58) | издателства | издаване на книги | издаване на софтуер
sl založništvo (SKD 58) | založbe | izdajanje knjig | izdajanje programske opreme
hr izdavačke djelatnosti | izdavači | izdavanje knjiga | izdavanje softvera
sr izdavačke delatnosti | izdavači | izdavanje knjiga | izdavanje softvera
sk nakladateľské činnosti | vydavatelia | vydávanie kníh | vydávanie softvéru
de Verlagswesen (Abteilung 58) | Verlage | Buchverlage | Softwareverlage
it attività editoriali | editori | editoria libraria | edizione di software
mk издавачки дејности | издавачи | издавање книги | издавање софтвер
"""),
    ("59", """
en motion picture, video and television programme production, sound recording and music publishing | film studios | music industry
ro activități de producție cinematografică, video și de programe de televiziune; înregistrări audio | studiouri de film | industria muzicală
sq prodhimi i filmave, videove dhe programeve televizive, regjistrimi i zërit | studio filmi | industria muzikore
hu film-, video-, televízióműsor-gyártás, hangfelvétel-kiadás | filmstúdiók | zeneipar
el παραγωγή κινηματογραφικών ταινιών, βίντεο και τηλεοπτικών προγραμμάτων, ηχογραφήσεις | κινηματογραφικά στούντιο | μουσική βιομηχανία
bg производство на филми и телевизионни предавания, звукозаписване и издаване на музика | филмови студия | музикална индустрия
sl dejavnosti v zvezi s filmi, videi in televizijskim programom, snemanje in izdajanje zvočnih zapisov | filmski studii | glasbena industrija
hr proizvodnja filmova, videofilmova i televizijskog programa, djelatnosti snimanja zvučnih zapisa | filmski studiji | glazbena industrija
sr proizvodnja kinematografskih dela, audio-vizuelnih proizvoda i televizijskog programa | filmski studiji | muzička industrija
sk produkcia filmov, videozáznamov a televíznych programov, nahrávanie zvuku | filmové štúdiá | hudobný priemysel
de Herstellung, Verleih und Vertrieb von Filmen und Fernsehprogrammen; Tonstudios und Musikverlage | Filmstudios | Musikwirtschaft
it attività di produzione cinematografica, di video e di programmi televisivi, di registrazioni musicali e sonore | studi cinematografici | industria musicale
mk производство на филмови, видеа и телевизиски програми, снимање звук | филмски студија | музичка индустрија
"""),
    ("60", """
en programming and broadcasting activities | broadcasters | radio stations | television channels
ro activități de difuzare și transmitere de programe | radiodifuzori | posturi de radio | canale de televiziune
sq veprimtari programimi dhe transmetimi | transmetues | stacione radio | kanale televizive
hu műsorösszeállítás, műsorszolgáltatás | műsorszolgáltatók | rádióállomások | televíziós csatornák
el δραστηριότητες προγραμματισμού και ραδιοτηλεοπτικών εκπομπών | ραδιοτηλεοπτικοί σταθμοί | ραδιοφωνικοί σταθμοί | τηλεοπτικά κανάλια
bg радио- и телевизионна дейност (НКИД 60) | радиостанции | телевизионни канали
sl dejavnost radijskih in televizijskih postaj | radijske postaje | televizijski kanali
hr emitiranje programa | radiopostaje | televizijski kanali
sr emitovanje programa | radio-stanice | televizijski kanali
sk tvorba programov a vysielanie | rozhlasové stanice | televízne kanály
de Rundfunkveranstalter | Radiosender | Fernsehsender
it attività di programmazione e trasmissione | emittenti | stazioni radio | canali televisivi
mk програмски и радиодифузни дејности | радиостаници | телевизиски канали
"""),
    ("61", """
en telecommunications (NACE 61) | telecom operators | mobile networks
ro telecomunicații (CAEN 61) | operatori de telecomunicații | rețele mobile
sq telekomunikacioni (NACE 61) | operatorë telekomunikacioni | rrjete celulare
hu távközlés (TEÁOR 61) | távközlési szolgáltatók | mobilhálózatok
el τηλεπικοινωνίες (NACE 61) | πάροχοι τηλεπικοινωνιών | κινητά δίκτυα
bg далекосъобщения | телекомуникационни оператори | мобилни мрежи
sl telekomunikacijske dejavnosti | operaterji | mobilna omrežja
hr telekomunikacije (NKD 61) | telekomunikacijski operateri | mobilne mreže
sr telekomunikacije (KD 61) | telekomunikacioni operateri | mobilne mreže
sk telekomunikácie (SK NACE 61) | telekomunikační operátori | mobilné siete
de Telekommunikation (Abteilung 61) | Telekommunikationsanbieter | Mobilfunknetze
it telecomunicazioni (divisione 61) | operatori di telecomunicazioni | reti mobili
mk телекомуникации (НКД 61) | телекомуникациски оператори | мобилни мрежи
"""),
    ("62", """
en computer programming, consultancy and related activities | software development | software companies | IT outsourcing
ro activități de servicii în tehnologia informației | dezvoltare software | companii de software | externalizare IT
sq programim kompjuterik, konsulencë dhe veprimtari të lidhura | zhvillim softueri | kompani softueri | outsourcing IT
hu számítógépes programozás, szaktanácsadás | szoftverfejlesztés | szoftvercégek | IT-kiszervezés
el προγραμματισμός ηλεκτρονικών υπολογιστών, παροχή συμβουλών και συναφείς δραστηριότητες | ανάπτυξη λογισμικού | εταιρείες λογισμικού | εξωτερική ανάθεση πληροφορικής
bg дейности в областта на информационните технологии | разработка на софтуер | софтуерни компании | ИТ аутсорсинг
sl računalniško programiranje, svetovanje in povezane dejavnosti | razvoj programske opreme | programska podjetja | zunanje izvajanje IT
hr računalno programiranje, savjetovanje i djelatnosti povezane s njima | razvoj softvera | softverske tvrtke | IT outsourcing
sr računarsko programiranje, konsultantske i s tim povezane delatnosti | razvoj softvera | softverske kompanije | IT autsorsing
sk počítačové programovanie, poradenstvo a súvisiace služby | vývoj softvéru | softvérové firmy | IT outsourcing
de Erbringung von Dienstleistungen der Informationstechnologie | Softwareentwicklung | Softwarefirmen | IT-Outsourcing
it produzione di software, consulenza informatica e attività connesse | sviluppo software | aziende di software | outsourcing informatico
mk компјутерско програмирање, консултантски и поврзани дејности | развој на софтвер | софтверски компании | ИТ аутсорсинг
"""),
    ("63", """
en information service activities | data processing | hosting | web portals
ro activități de servicii informatice | prelucrarea datelor | găzduire web | portaluri web
sq veprimtari të shërbimeve të informacionit | përpunimi i të dhënave | strehim uebi | portale
hu információs szolgáltatás | adatfeldolgozás | tárhelyszolgáltatás | webportálok
el δραστηριότητες υπηρεσιών πληροφορίας | επεξεργασία δεδομένων | φιλοξενία ιστοσελίδων | διαδικτυακές πύλες
bg информационни услуги | обработка на данни | хостинг | уеб портали
sl druge informacijske dejavnosti | obdelava podatkov | gostovanje | spletni portali
hr informacijske uslužne djelatnosti | obrada podataka | hosting | web-portali
sr informacione uslužne delatnosti | obrada podataka | hosting | veb-portali
sk informačné služby | spracovanie údajov | webhosting | webové portály
de Informationsdienstleistungen | Datenverarbeitung | Hosting | Webportale
it attività dei servizi d'informazione | elaborazione dati | hosting | portali web
mk информациски услужни дејности | обработка на податоци | хостинг | веб-портали
"""),
    ("64", """
en financial service activities, except insurance and pension funding | credit institutions | lending
ro intermedieri financiare, cu excepția activităților de asigurări și ale fondurilor de pensii | instituții de credit | creditare
sq veprimtari të shërbimeve financiare, përveç sigurimeve | institucione krediti | kreditim
hu pénzügyi szolgáltatás (kivéve biztosítás, nyugdíjalapok) | hitelintézetek | hitelezés
el δραστηριότητες παροχής χρηματοπιστωτικών υπηρεσιών, με εξαίρεση τις ασφαλιστικές | πιστωτικά ιδρύματα | χορηγήσεις δανείων
bg предоставяне на финансови услуги, без застраховане и допълнително пенсионно осигуряване | кредитни институции | кредитиране
sl dejavnost finančnih storitev, razen zavarovalništva in pokojninskih skladov | kreditne institucije | kreditiranje
hr financijske uslužne djelatnosti, osim osiguranja i mirovinskih fondova | kreditne institucije | kreditiranje
sr finansijske usluge, osim osiguranja i penzijskih fondova | kreditne institucije | kreditiranje
sk finančné služby okrem poistenia a dôchodkového financovania | úverové inštitúcie | úverovanie
de Erbringung von Finanzdienstleistungen | Kreditinstitute | Kreditvergabe
it attività di servizi finanziari, escluse le assicurazioni e i fondi pensione | istituti di credito | concessione di prestiti
mk финансиски услужни дејности, освен осигурување и пензиски фондови | кредитни институции | кредитирање
"""),
    ("65", """
en insurance, reinsurance and pension funding | insurers | insurance companies
ro activități de asigurări, reasigurări și ale fondurilor de pensii | asigurători | societăți de asigurare
sq sigurimet, risigurimet dhe fondet e pensioneve | siguruesit | kompani sigurimi
hu biztosítás, viszontbiztosítás, nyugdíjalapok | biztosítók | biztosítótársaságok
el ασφάλιση, αντασφάλιση και συνταξιοδοτικά ταμεία | ασφαλιστές | ασφαλιστικές εταιρείες
bg застраховане, презастраховане и допълнително пенсионно осигуряване | застрахователи | застрахователни дружества
sl dejavnost zavarovalnic, pozavarovalnic in pokojninskih skladov | zavarovalnice
hr osiguranje, reosiguranje i mirovinski fondovi | osiguravatelji | osiguravajuća društva
sr osiguranje, reosiguranje i penzijski fondovi | osiguravači | osiguravajuća društva
sk poistenie, zaistenie a dôchodkové financovanie | poisťovne
de Versicherungen, Rückversicherungen und Pensionskassen | Versicherer | Versicherungsgesellschaften
it assicurazioni, riassicurazioni e fondi pensione | assicuratori | compagnie assicurative
mk осигурување, реосигурување и пензиски фондови | осигурители | осигурителни друштва
"""),
    ("66", """
en activities auxiliary to financial services and insurance | brokers | fund management
ro activități auxiliare intermedierilor financiare și activităților de asigurare | brokeri | administrarea fondurilor
sq veprimtari ndihmëse të shërbimeve financiare dhe sigurimeve | ndërmjetës | menaxhimi i fondeve
hu egyéb pénzügyi tevékenység | brókerek | alapkezelés
el δραστηριότητες συναφείς με τις υπηρεσίες χρηματοπιστωτικής διαμεσολάβησης και τις ασφαλιστικές | μεσίτες | διαχείριση κεφαλαίων
bg спомагателни дейности във финансовите услуги и застраховането | брокери | управление на фондове
sl pomožne dejavnosti za finančne storitve in zavarovalništvo | borzni posredniki | upravljanje skladov
hr pomoćne djelatnosti kod financijskih usluga i djelatnosti osiguranja | brokeri | upravljanje fondovima
sr pomoćne delatnosti u pružanju finansijskih usluga i osiguranju | brokeri | upravljanje fondovima
sk pomocné činnosti finančných služieb a poistenia | makléri | správa fondov
de mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten | Makler | Fondsverwaltung
it attività ausiliarie dei servizi finanziari e delle attività assicurative | intermediari | gestione di fondi
mk помошни дејности во финансиските услуги и осигурувањето | брокери | управување со фондови
"""),
    ("69", """
en legal and accounting activities | law firms | accountants | bookkeeping
ro activități juridice și de contabilitate | firme de avocatură | contabili | contabilitate
sq veprimtari ligjore dhe të kontabilitetit | studio ligjore | kontabilistë | kontabilitet
hu jogi, számviteli, adószakértői tevékenység | ügyvédi irodák | könyvelők | könyvelés
el νομικές και λογιστικές δραστηριότητες | δικηγορικά γραφεία | λογιστές | λογιστική
bg юридически и счетоводни дейности | адвокатски кантори | счетоводители | счетоводство
sl pravne in računovodske dejavnosti | odvetniške pisarne | računovodje | računovodstvo
hr pravne i računovodstvene djelatnosti | odvjetnički uredi | računovođe | knjigovodstvo
sr pravni i računovodstveni poslovi | advokatske kancelarije | računovođe | knjigovodstvo
sk právne a účtovnícke činnosti | advokátske kancelárie | účtovníci | účtovníctvo
de Rechts- und Steuerberatung, Wirtschaftsprüfung | Anwaltskanzleien | Steuerberater | Buchhaltung
it attività legali e contabilità | studi legali | commercialisti | contabilità
mk правни и сметководствени дејности | адвокатски канцеларии | сметководители | сметководство
"""),
    ("70", """
en activities of head offices; management consultancy activities | management consultancy | management consultants
ro activități ale direcțiilor centrale; activități de management și de consultanță în management | consultanță în management
sq veprimtari të zyrave qendrore; konsulencë për menaxhimin | konsulencë menaxheriale
hu üzletvezetés, vezetői tanácsadás | vezetői tanácsadás | menedzsment-tanácsadók
el δραστηριότητες κεντρικών γραφείων· δραστηριότητες παροχής συμβουλών διαχείρισης | συμβουλευτική διοίκησης
bg дейности на централни офиси; консултантски дейности в областта на управлението | консултации по управление
sl dejavnost uprav podjetij; podjetniško in poslovno svetovanje | poslovno svetovanje
hr upravljačke djelatnosti; savjetovanje u vezi s upravljanjem | savjetovanje u upravljanju
sr upravljačke delatnosti; savetovanje u vezi s upravljanjem | menadžment konsalting
sk vedenie firiem; poradenstvo v oblasti riadenia | poradenstvo v oblasti riadenia
de Verwaltung und Führung von Unternehmen; Unternehmensberatung | Managementberatung
it attività di direzione aziendale e di consulenza gestionale | consulenza gestionale | consulenza aziendale
mk управувачки дејности; советување во врска со управувањето | менаџмент консалтинг
"""),
    ("71", """
en architectural and engineering activities; technical testing and analysis | engineering services | architects | testing laboratories
ro activități de arhitectură și inginerie; activități de testări și analiză tehnică | servicii de inginerie | arhitecți | laboratoare de încercări
sq veprimtari arkitekturore dhe inxhinierike; testim dhe analiza teknike | shërbime inxhinierike | arkitektë | laboratorë testimi
hu építészmérnöki tevékenység; műszaki vizsgálat, elemzés | mérnöki szolgáltatások | építészek | vizsgálólaboratóriumok
el αρχιτεκτονικές δραστηριότητες και δραστηριότητες μηχανικών· τεχνικές δοκιμές και αναλύσεις | υπηρεσίες μηχανικών | αρχιτέκτονες | εργαστήρια δοκιμών
bg архитектурни и инженерни дейности; технически изпитвания и анализи | инженерни услуги | архитекти | изпитвателни лаборатории
sl arhitekturno in tehnično projektiranje; tehnično preizkušanje in analiziranje | inženirske storitve | arhitekti | preskusni laboratoriji
hr arhitektonske djelatnosti i inženjerstvo; tehničko ispitivanje i analiza | inženjerske usluge | arhitekti | ispitni laboratoriji
sr arhitektonske i inženjerske delatnosti; tehničko ispitivanje i analize | inženjerske usluge | arhitekte | laboratorije za ispitivanje
sk architektonické a inžinierske činnosti; technické testovanie a analýzy | inžinierske služby | architekti | skúšobné laboratóriá
de Architektur- und Ingenieurbüros; technische, physikalische und chemische Untersuchung | Ingenieurdienstleistungen | Architekten | Prüflabore
it attività degli studi di architettura e d'ingegneria; collaudi ed analisi tecniche | servizi di ingegneria | architetti | laboratori di prova
mk архитектонски и инженерски дејности; техничко испитување и анализа | инженерски услуги | архитекти | лаборатории за испитување
"""),
    ("72", """
en scientific research and development (NACE 72) | research organisations | contract research
ro cercetare-dezvoltare (CAEN 72) | organizații de cercetare | cercetare contractuală
sq kërkimi shkencor dhe zhvillimi (NACE 72) | organizata kërkimore | kërkim me kontratë
hu tudományos kutatás, fejlesztés (TEÁOR 72) | kutatószervezetek | szerződéses kutatás
el επιστημονική έρευνα και ανάπτυξη (NACE 72) | ερευνητικοί οργανισμοί | έρευνα κατά παραγγελία
bg научноизследователска и развойна дейност (НКИД 72) | изследователски организации | договорни изследвания
sl znanstvena raziskovalna in razvojna dejavnost (SKD 72) | raziskovalne organizacije | pogodbene raziskave
hr znanstveno istraživanje i razvoj (NKD 72) | istraživačke organizacije | ugovorna istraživanja
sr naučno istraživanje i razvoj (KD 72) | istraživačke organizacije | ugovorna istraživanja
sk vedecký výskum a vývoj (SK NACE 72) | výskumné organizácie | zmluvný výskum
de Forschung und Entwicklung (Abteilung 72) | Forschungseinrichtungen | Auftragsforschung
it ricerca scientifica e sviluppo (divisione 72) | organismi di ricerca | ricerca su commessa
mk научно истражување и развој (НКД 72) | истражувачки организации | договорно истражување
"""),
    ("73", """
en advertising and market research | advertising agencies | market research companies
ro publicitate și activități de studiere a pieței | agenții de publicitate | firme de cercetare de piață
sq reklamimi dhe kërkimi i tregut | agjenci reklamash | kompani kërkimi tregu
hu reklám, piackutatás | reklámügynökségek | piackutató cégek
el διαφήμιση και έρευνα αγοράς | διαφημιστικές εταιρείες | εταιρείες έρευνας αγοράς
bg рекламна дейност и проучване на пазари | рекламни агенции | агенции за пазарни проучвания
sl oglaševanje in raziskovanje trga | oglaševalske agencije | agencije za raziskavo trga
hr promidžba (reklama i propaganda) i istraživanje tržišta | reklamne agencije | agencije za istraživanje tržišta
sr reklamiranje i istraživanje tržišta | reklamne agencije | agencije za istraživanje tržišta
sk reklama a prieskum trhu | reklamné agentúry | agentúry prieskumu trhu
de Werbung und Marktforschung | Werbeagenturen | Marktforschungsinstitute
it pubblicità e ricerche di mercato | agenzie pubblicitarie | istituti di ricerche di mercato
mk рекламирање и истражување на пазарот | рекламни агенции | агенции за истражување на пазарот
"""),
    ("74", """
en other professional, scientific and technical activities | design activities | industrial design | photography | translation services
ro alte activități profesionale, științifice și tehnice | activități de design | design industrial | fotografie | servicii de traducere
sq veprimtari të tjera profesionale, shkencore dhe teknike | veprimtari dizajni | dizajn industrial | fotografi | shërbime përkthimi
hu egyéb szakmai, tudományos, műszaki tevékenység | formatervezési tevékenység | ipari formatervezés | fényképészet | fordítási szolgáltatás
el άλλες επαγγελματικές, επιστημονικές και τεχνικές δραστηριότητες | εξειδικευμένες δραστηριότητες σχεδιασμού | βιομηχανικός σχεδιασμός | φωτογραφία | μεταφραστικές υπηρεσίες
bg други професионални дейности | дизайнерска дейност | индустриален дизайн | фотография | преводачески услуги
sl druge strokovne in tehnične dejavnosti | oblikovalska dejavnost | industrijsko oblikovanje | fotografska dejavnost | prevajalske storitve
hr ostale stručne, znanstvene i tehničke djelatnosti | specijalizirane dizajnerske djelatnosti | industrijski dizajn | fotografija | prevoditeljske usluge
sr ostale stručne, naučne i tehničke delatnosti | specijalizovane dizajnerske delatnosti | industrijski dizajn | fotografija | prevodilačke usluge
sk ostatné odborné, vedecké a technické činnosti | špecializované dizajnérske činnosti | priemyselný dizajn | fotografia | prekladateľské služby
de sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten | Designateliers | Industriedesign | Fotografie | Übersetzungsdienste
it altre attività professionali, scientifiche e tecniche | attività di design specializzate | design industriale | fotografia | servizi di traduzione
mk други стручни, научни и технички дејности | дизајнерски дејности | индустриски дизајн | фотографија | преведувачки услуги
"""),
    ("77", """
en rental and leasing activities | equipment rental | leasing
ro activități de închiriere și leasing | închirieri de echipamente | leasing
sq veprimtari dhënieje me qira | dhënie me qira e pajisjeve | lizing
hu kölcsönzés, operatív lízing | eszközbérlés | lízing
el δραστηριότητες ενοικίασης και εκμίσθωσης | ενοικίαση εξοπλισμού | χρηματοδοτική μίσθωση
bg даване под наем и оперативен лизинг | отдаване на оборудване под наем | лизинг
sl dajanje v najem in zakup | najem opreme | lizing
hr djelatnosti iznajmljivanja i davanja u zakup | iznajmljivanje opreme | leasing
sr iznajmljivanje i lizing | iznajmljivanje opreme | lizing
sk prenájom a lízing | požičiavanie zariadení | lízing
de Vermietung von beweglichen Sachen | Geräteverleih | Leasing
it attività di noleggio e leasing operativo | noleggio di attrezzature | leasing
mk дејности на изнајмување и лизинг | изнајмување опрема | лизинг
"""),
    ("78", """
en employment activities | employment agencies | temporary work agencies | recruitment
ro activități de servicii privind forța de muncă | agenții de ocupare | agenții de muncă temporară | recrutare
sq veprimtari punësimi | agjenci punësimi | agjenci pune të përkohshme | rekrutim
hu munkaerőpiaci szolgáltatás | munkaközvetítők | munkaerő-kölcsönzők | toborzás
el δραστηριότητες απασχόλησης | γραφεία ευρέσεως εργασίας | εταιρείες προσωρινής απασχόλησης | προσλήψεις
bg дейности по наемане и предоставяне на работна сила | агенции по заетостта | агенции за временна работа | подбор на персонал
sl zaposlovalne dejavnosti | agencije za zaposlovanje | agencije za začasno delo | zaposlovanje kadrov
hr djelatnosti zapošljavanja | agencije za zapošljavanje | agencije za privremeno zapošljavanje | regrutiranje
sr delatnosti zapošljavanja | agencije za zapošljavanje | agencije za privremeno zapošljavanje | regrutovanje
sk sprostredkovanie práce | agentúry práce | agentúry dočasného zamestnávania | nábor zamestnancov
de Vermittlung und Überlassung von Arbeitskräften | Arbeitsvermittlung | Zeitarbeitsfirmen | Personalbeschaffung
it attività di ricerca, selezione, fornitura di personale | agenzie per il lavoro | lavoro interinale | selezione del personale
mk дејности за вработување | агенции за вработување | агенции за привремени вработувања | регрутирање
"""),
    ("79", """
en travel agency, tour operator reservation service and related activities | travel agents | booking services
ro activități ale agențiilor turistice și ale tur-operatorilor | agenți de turism | servicii de rezervare
sq veprimtari të agjencive të udhëtimit dhe operatorëve turistikë | agjentë udhëtimi | shërbime rezervimi
hu utazásközvetítés, utazásszervezés, egyéb foglalás | utazási ügynökök | foglalási szolgáltatások
el δραστηριότητες ταξιδιωτικών πρακτορείων, γραφείων οργανωμένων ταξιδιών | ταξιδιωτικοί πράκτορες | υπηρεσίες κρατήσεων
bg туристическа агентска и операторска дейност | туристически агенти | резервационни услуги
sl dejavnost potovalnih agencij, organizatorjev potovanj | potovalni agenti | rezervacijske storitve
hr putničke agencije, organizatori putovanja i ostale rezervacijske usluge | turistički agenti | usluge rezervacija
sr delatnost putničkih agencija i tur-operatora | turistički agenti | usluge rezervacija
sk činnosti cestovných agentúr a cestovných kancelárií | cestovní agenti | rezervačné služby
de Reisebüros, Reiseveranstalter und Erbringung sonstiger Reservierungsdienstleistungen | Reisevermittler | Buchungsdienste
it attività dei servizi delle agenzie di viaggio, dei tour operator | agenti di viaggio | servizi di prenotazione
mk дејности на патнички агенции и туроператори | туристички агенти | услуги за резервации
"""),
    ("82", """
en office administrative, office support and other business support activities | call centres | business support services | trade fair organisers
ro activități de secretariat, servicii suport și alte activități de servicii prestate în principal întreprinderilor | centre de apel | organizatori de târguri
sq veprimtari administrative dhe mbështetëse të zyrave | qendra thirrjesh | organizatorë panairesh
hu adminisztratív, kiegészítő üzleti szolgáltatás | ügyfélszolgálati központok | vásárszervezők
el διοικητικές δραστηριότητες γραφείου, υποστηρικτικές δραστηριότητες γραφείου | τηλεφωνικά κέντρα | διοργανωτές εκθέσεων
bg административни офис дейности и друго спомагателно обслужване на стопанската дейност | кол центрове | организатори на изложения
sl pisarniške in druge poslovne podporne dejavnosti | klicni centri | organizatorji sejmov
hr uredske administrativne i pomoćne djelatnosti | pozivni centri | organizatori sajmova
sr kancelarijsko-administrativne i druge pomoćne poslovne delatnosti | kol-centri | organizatori sajmova
sk administratívne, pomocné kancelárske a iné obchodné pomocné činnosti | call centrá | organizátori veľtrhov
de Erbringung von wirtschaftlichen Dienstleistungen für Unternehmen | Callcenter | Messeveranstalter
it attività di supporto per le funzioni d'ufficio e altri servizi di supporto alle imprese | call center | organizzatori di fiere
mk канцелариски административни и помошни деловни дејности | повикувачки центри | организатори на саеми
"""),
    ("85", """
en education (NACE 85) | schools | vocational schools | universities
ro învățământ (CAEN 85) | școli | școli profesionale | universități
sq arsimi (NACE 85) | shkolla | shkolla profesionale | universitete
hu oktatás (TEÁOR 85) | iskolák | szakiskolák | egyetemek
el εκπαίδευση (NACE 85) | σχολεία | επαγγελματικές σχολές | πανεπιστήμια
bg образование (НКИД 85) | училища | професионални училища | университети
sl izobraževanje (SKD 85) | šole | poklicne šole | univerze
hr obrazovanje (NKD 85) | škole | strukovne škole | sveučilišta
sr obrazovanje (KD 85) | škole | stručne škole | univerziteti
sk vzdelávanie (SK NACE 85) | školy | odborné školy | univerzity
de Erziehung und Unterricht | Schulen | Berufsschulen | Universitäten
it istruzione (divisione 85) | scuole | scuole professionali | università
mk образование (НКД 85) | училишта | стручни училишта | универзитети
"""),
    ("90", """
en creative, arts and entertainment activities | artists | arts centres
ro activități de creație și interpretare artistică | artiști | centre culturale
sq veprimtari krijuese, artistike dhe argëtuese | artistë | qendra artesh
hu alkotó-, művészeti és szórakoztató tevékenység | művészek | művelődési központok
el δημιουργικές δραστηριότητες, τέχνες και διασκέδαση | καλλιτέχνες | πολιτιστικά κέντρα
bg артистична и творческа дейност | артисти | културни центрове
sl kulturne in razvedrilne dejavnosti | umetniki | kulturni centri
hr kreativne, umjetničke i zabavne djelatnosti | umjetnici | kulturni centri
sr stvaralačke, umetničke i zabavne delatnosti | umetnici | kulturni centri
sk tvorivé, umelecké a zábavné činnosti | umelci | kultúrne centrá
de kreative, künstlerische und unterhaltende Tätigkeiten | Künstler | Kulturzentren
it attività creative, artistiche e di intrattenimento | artisti | centri culturali
mk креативни, уметнички и забавни дејности | уметници | културни центри
"""),
    ("91", """
en libraries, archives, museums and other cultural activities | museums | heritage sites | botanical gardens
ro activități ale bibliotecilor, arhivelor, muzeelor și alte activități culturale | muzee | situri de patrimoniu | grădini botanice
sq veprimtari të bibliotekave, arkivave, muzeve dhe veprimtari të tjera kulturore | muze | vende të trashëgimisë | kopshte botanike
hu könyvtári, levéltári, múzeumi, egyéb kulturális tevékenység | múzeumok | örökségi helyszínek | botanikus kertek
el δραστηριότητες βιβλιοθηκών, αρχειοφυλακείων, μουσείων και λοιπές πολιτιστικές δραστηριότητες | μουσεία | χώροι πολιτιστικής κληρονομιάς | βοτανικοί κήποι
bg дейност на библиотеки, архиви, музеи и други дейности в областта на културата | музеи | обекти на културното наследство | ботанически градини
sl dejavnost knjižnic, arhivov, muzejev in drugih kulturnih ustanov | muzeji | kulturna dediščina | botanični vrtovi
hr knjižnice, arhivi, muzeji i ostale kulturne djelatnosti | muzeji | lokaliteti kulturne baštine | botanički vrtovi
sr delatnost biblioteka, arhiva, muzeja i ostale kulturne delatnosti | muzeji | lokaliteti kulturnog nasleđa | botaničke bašte
sk činnosti knižníc, archívov, múzeí a ostatné kultúrne činnosti | múzeá | pamiatky kultúrneho dedičstva | botanické záhrady
de Bibliotheken, Archive, Museen, botanische und zoologische Gärten | Museen | Kulturerbestätten | botanische Gärten
it attività di biblioteche, archivi, musei ed altre attività culturali | musei | siti del patrimonio | orti botanici
mk дејности на библиотеки, архиви, музеи и други културни дејности | музеи | локалитети на културното наследство | ботанички градини
"""),
    ("93", """
en sports activities and amusement and recreation activities | sports facilities | amusement parks | ski resorts
ro activități sportive, recreative și distractive | baze sportive | parcuri de distracții | stațiuni de schi
sq veprimtari sportive, argëtuese dhe rekreative | objekte sportive | parqe argëtimi | qendra skijimi
hu sport-, szórakoztató, szabadidős tevékenység | sportlétesítmények | vidámparkok | síközpontok
el αθλητικές δραστηριότητες και δραστηριότητες διασκέδασης και ψυχαγωγίας | αθλητικές εγκαταστάσεις | λούνα παρκ | χιονοδρομικά κέντρα
bg спортни и други дейности, свързани с развлечения и отдих | спортни съоръжения | увеселителни паркове | ски курорти
sl športne in druge dejavnosti za prosti čas | športni objekti | zabaviščni parki | smučarska središča
hr sportske djelatnosti te zabavne i rekreacijske djelatnosti | sportski objekti | zabavni parkovi | skijališta
sr sportske, zabavne i rekreativne delatnosti | sportski objekti | zabavni parkovi | ski-centri
sk športové, zábavné a rekreačné činnosti | športové zariadenia | zábavné parky | lyžiarske strediská
de Erbringung von Dienstleistungen des Sports, der Unterhaltung und der Erholung | Sportanlagen | Freizeitparks | Skigebiete
it attività sportive, di intrattenimento e di divertimento | impianti sportivi | parchi di divertimento | stazioni sciistiche
mk спортски, забавни и рекреативни дејности | спортски објекти | забавни паркови | скијачки центри
"""),
]


def _block(text):
    lines = {}
    for line in text.strip().splitlines():
        lang, _, rest = line.strip().partition(" ")
        lines[lang] = [t.strip() for t in rest.split("|") if t.strip()]
    if list(lines) != ORDER:
        raise ValueError(f"sector block languages {list(lines)} are not {ORDER}")
    return lines


def _clean(term):
    """Drops explanations in brackets and "n.e.c." from a label, which no text repeats."""
    term = re.sub(r"\s*\([^)]*\)", "", term).replace(" n.e.c.", "")
    return " ".join(term.split())


def add_sectors(concepts, csv_path):
    """Appends the cluster-category and NACE-division concepts to `concepts` (the list of
    thesaurus_source.py). A term naming a concept already there, in the same language, is
    left to it; each division keeps "NACE <code>" (CAEN in Romanian) so no language is empty."""
    taken = {(lang, t.casefold()) for c in concepts for lang, ts in c["terms"].items() for t in ts}

    def terms_of(block, extra=None):
        out = {}
        for lang, ts in _block(block).items():
            kept = []
            for t in [_clean(t) for t in ts] + ([extra[lang]] if extra else []):
                if t and (lang, t.casefold()) not in taken and t not in kept:
                    kept.append(t)
                    taken.add((lang, t.casefold()))
            out[lang] = kept
        return out

    ids = {c["id"] for c in concepts}
    category_ids = {}
    names = {}
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        names.setdefault(row["category"], _slug(row["category"]))
    for suffix, broader, block in CATEGORIES:
        cid = "cluster-category-" + suffix
        if broader not in ids:
            broader = "economic-sector"
        concepts.append({"id": cid, "areas": ["WG5"], "broader": broader, "terms": terms_of(block)})
        category_ids[suffix] = cid
    by_division = {row["nace_division"]: row["category"] for row in rows}
    for code, block in DIVISIONS:
        category = _CATEGORY_OF.get(by_division.get(code, ""))
        if category is None:
            raise ValueError(f"NACE division {code}: no cluster category in {csv_path}")
        code_term = {lang: ("CAEN " if lang == "ro" else "NACE ") + code for lang in ORDER}
        concepts.append({"id": "nace-" + code, "areas": ["WG5"], "broader": category_ids[category],
                         "terms": terms_of(block, code_term)})


def _slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


# The CSV's category names → the id suffixes of CATEGORIES.
_CATEGORY_OF = {
    "Agricultural Inputs and Services": "agricultural-inputs-and-services",
    "Forestry": "forestry",
    "Fishing and Fishing Products": "fishing-and-fishing-products",
    "Coal Mining": "coal-mining",
    "Oil and Gas Production and Transportation": "oil-and-gas",
    "Metal Mining": "metal-mining",
    "Nonmetal Mining": "nonmetal-mining",
    "Food Processing and Manufacturing": "food-processing",
    "Tobacco": "tobacco",
    "Textile Manufacturing": "textile-manufacturing",
    "Apparel": "apparel",
    "Leather and Related Products": "leather-products",
    "Wood Products": "wood-products",
    "Paper and Packaging": "paper-and-packaging",
    "Printing Services": "printing-services",
    "Upstream Chemical Products": "upstream-chemical-products",
    "Biopharmaceuticals": "biopharmaceuticals",
    "Plastics": "plastics",
    "Vulcanized and Fired Materials": "vulcanized-and-fired-materials",
    "Upstream Metal Manufacturing": "upstream-metal-manufacturing",
    "Downstream Metal Products": "downstream-metal-products",
    "Information Technology and Analytical Instruments": "it-and-analytical-instruments",
    "Lighting and Electrical Equipment": "lighting-and-electrical-equipment",
    "Production Technology and Heavy Machinery": "heavy-machinery",
    "Automotive": "automotive",
    "Aerospace Vehicles and Defense": "aerospace-and-defense",
    "Furniture": "furniture",
    "Medical Devices": "medical-devices",
    "Electric Power Generation and Transmission": "electric-power",
    "Environmental Services": "environmental-services",
    "Construction Products and Services": "construction-products-and-services",
    "Distribution and Electronic Commerce": "distribution-and-e-commerce",
    "Transportation and Logistics": "transportation-and-logistics",
    "Water Transportation": "water-transportation",
    "Hospitality and Tourism": "hospitality-and-tourism",
    "Marketing, Design, and Publishing": "marketing-design-and-publishing",
    "Video Production and Distribution": "video-production-and-distribution",
    "Communications Equipment and Services": "communications-equipment-and-services",
    "Business Services": "business-services",
    "Financial Services": "financial-services",
    "Insurance Services": "insurance-services",
    "Education and Knowledge Creation": "education-and-knowledge-creation",
    "Performing Arts": "performing-arts",
}
