"""Source of truth of the multilingual thesaurus of cluster-policy concepts
(data/knowledge/thesaurus.json is generated from it by tools/generate-thesaurus.py).

Each concept is written as C(id, areas, broader, block). In the block each line is a
language code and its terms separated by " | ": the preferred term first, then synonyms,
abbreviations and the forms used in that country's policy documents, in base form
(nominative singular), lower-case except proper nouns, abbreviations and German nouns.
Romanian uses ș and ț with comma below; Serbian is written in Latin script."""

LANGUAGES = ["en", "ro", "sq", "hu", "el", "bg", "sl", "hr", "sr", "sk", "de", "it", "mk"]

ABOUT = (
    "Multilingual thesaurus of cluster-policy concepts of ClusterPoliSEE, the platform for "
    "mutual learning on regional cluster policies in South East Europe. Each concept has an "
    "English identifier, the thematic areas it belongs to (WG1 innovation and R&D-driven "
    "cluster development, WG2 sustainability, WG3 international cluster cooperation, WG4 "
    "cluster financing, WG5 regional and cluster specialisation, WG6 new skills and job "
    "creation), an optional broader concept, and its terms in 13 languages (English, "
    "Romanian, Albanian, Hungarian, Greek, Bulgarian, Slovenian, Croatian, Serbian in Latin "
    "script, Slovak, German, Italian and Macedonian): the preferred term first, then "
    "synonyms, abbreviations and the forms used in national policy documents, in base form. "
    "Cross-lingual search maps documents and queries to these concepts, so that a search in "
    "one language finds items written in another. It was compiled for the project from the "
    "terminology of EU cohesion, research and innovation, competition and employment policy "
    "and of the national cluster, innovation and smart specialisation strategies of the "
    "partner countries. Licence: Creative Commons Attribution 4.0 International (CC BY 4.0), "
    "as part of the ClusterPoliSEE project."
)

# Terms that may, within one language, name more than one concept (language -> terms).
AMBIGUOUS = {}

CONCEPTS = []


def C(cid, areas, broader, block):
    terms = {}
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        lang, _, rest = line.partition(" ")
        if lang in terms:
            raise ValueError(f"{cid}: language {lang} given twice")
        terms[lang] = [t.strip() for t in rest.split("|") if t.strip()]
    concept = {"id": cid, "areas": areas.split(), "terms": terms}
    if broader:
        concept["broader"] = broader
    CONCEPTS.append(concept)


# ---------------------------------------------------------------------------------------
# Clusters: organisation, management and the firms in them
# ---------------------------------------------------------------------------------------

C("cluster", "WG1 WG5", None, """
en cluster | business cluster | industrial cluster
ro cluster | clustere | cluster industrial
sq klaster | klaster biznesi
hu klaszter | iparági klaszter
el σύμπλεγμα επιχειρήσεων | συστάδα επιχειρήσεων | σύμπλεγμα | συστάδα | cluster | επιχειρηματικό σύμπλεγμα
bg клъстер | бизнес клъстер | индустриален клъстер
sl grozd | klaster | poslovni grozd
hr klaster | industrijski klaster | poslovni klaster
sr klaster | poslovni klaster | industrijski klaster
sk klaster | priemyselný klaster
de Cluster | Wirtschaftscluster | Industriecluster
it cluster | cluster industriale
mk кластер | бизнис кластер
""")

C("cluster-organisation", "WG1", "cluster", """
en cluster organisation | cluster organization | cluster management organisation
ro organizație de cluster | entitate de management al clusterului
sq organizatë e klasterit | organizatë klasteri
hu klaszterszervezet | klasztermenedzsment-szervezet
el οργανισμός συστάδας | φορέας διαχείρισης συστάδας
bg клъстерна организация | организация на клъстера
sl organizacija grozda
hr klasterska organizacija | organizacija klastera
sr klasterska organizacija | organizacija klastera
sk klastrová organizácia | organizácia klastra
de Clusterorganisation | Clusterträger
it organizzazione cluster | soggetto gestore del cluster
mk кластерска организација | организација на кластер
""")

C("cluster-management", "WG1", "cluster", """
en cluster management
ro management de cluster | managementul clusterului
sq menaxhim i klasterit
hu klasztermenedzsment | klaszter menedzsment
el διαχείριση συστάδας | διαχείριση cluster
bg управление на клъстер | клъстерен мениджмънт
sl upravljanje grozda
hr upravljanje klasterom | klaster menadžment
sr upravljanje klasterom | menadžment klastera
sk manažment klastra | riadenie klastra
de Clustermanagement
it gestione del cluster | management del cluster
mk управување со кластер | менаџмент на кластер
""")

C("cluster-manager", "WG1 WG6", "cluster-management", """
en cluster manager | cluster coordinator
ro manager de cluster | coordonator de cluster
sq menaxher klasteri | menaxher i klasterit
hu klasztermenedzser | klaszter menedzser
el διαχειριστής συστάδας | cluster manager
bg клъстерен мениджър | мениджър на клъстер
sl upravljavec grozda | vodja grozda
hr klaster menadžer | voditelj klastera
sr menadžer klastera | klaster menadžer
sk manažér klastra | klastrový manažér
de Clustermanager | Clustermanagerin
it cluster manager | manager del cluster
mk менаџер на кластер | кластер менаџер
""")

C("cluster-governance", "WG1", "cluster-management", """
en cluster governance
ro guvernanță a clusterului
sq qeverisje e klasterit
hu klaszterirányítás
el διακυβέρνηση συστάδας
bg управленска структура на клъстера
sl upravljavska struktura grozda
hr upravljačka struktura klastera
sr upravljačka struktura klastera
sk správa klastra | riadiaca štruktúra klastra
de Cluster-Governance | Clustersteuerung
it governance del cluster
mk управувачка структура на кластер
""")

C("cluster-strategy", "WG1 WG5", "cluster-management", """
en cluster strategy | cluster development strategy
ro strategie de cluster | strategie de dezvoltare a clusterului
sq strategji e klasterit
hu klaszterstratégia
el στρατηγική συστάδας
bg клъстерна стратегия | стратегия за развитие на клъстера
sl strategija grozda
hr strategija klastera | strategija razvoja klastera
sr strategija klastera | strategija razvoja klastera
sk stratégia klastra
de Clusterstrategie
it strategia del cluster
mk стратегија на кластер
""")

C("cluster-initiative", "WG1", "cluster", """
en cluster initiative
ro inițiativă de cluster | inițiativă cluster
sq nismë klasteri | iniciativë klasteri
hu klaszterkezdeményezés
el πρωτοβουλία συστάδας | πρωτοβουλία cluster
bg клъстерна инициатива
sl grozdna pobuda | pobuda za grozd
hr klasterska inicijativa
sr klasterska inicijativa
sk klastrová iniciatíva
de Clusterinitiative
it iniziativa cluster | iniziativa di cluster
mk кластерска иницијатива
""")

C("cluster-member", "WG1", "cluster-organisation", """
en cluster member | member company | cluster membership
ro membru al clusterului | membru de cluster
sq anëtar i klasterit
hu klasztertag | klasztertagság
el μέλος συστάδας
bg член на клъстер
sl član grozda | članstvo v grozdu
hr član klastera | članica klastera
sr član klastera
sk člen klastra
de Clustermitglied | Mitgliedsunternehmen
it membro del cluster | impresa associata
mk член на кластер
""")

C("membership-fee", "WG4", "cluster-organisation", """
en membership fee | member contribution | annual fee
ro cotizație | taxă de membru | cotizație de membru
sq kuotë anëtarësie | tarifë anëtarësie
hu tagdíj
el συνδρομή μέλους | ετήσια συνδρομή
bg членски внос
sl članarina
hr članarina
sr članarina
sk členský príspevok
de Mitgliedsbeitrag
it quota associativa | quota di adesione
mk членарина
""")

C("cluster-services", "WG1 WG4", "cluster-organisation", """
en cluster services | shared services | joint services | services to cluster members
ro servicii pentru membrii clusterului | servicii comune
sq shërbime të përbashkëta | shërbime për anëtarët e klasterit
hu klaszterszolgáltatás | közös szolgáltatás
el κοινές υπηρεσίες | υπηρεσίες συστάδας
bg общи услуги | клъстерни услуги
sl skupne storitve | storitve za člane grozda
hr zajedničke usluge | usluge za članove klastera
sr zajedničke usluge | usluge za članove klastera
sk spoločné služby | služby pre členov klastra
de gemeinsame Dienstleistungen | Clusterdienstleistungen
it servizi comuni | servizi condivisi | servizi del cluster
mk заеднички услуги | услуги за членовите на кластерот
""")

C("cluster-association", "WG1 WG3", "cluster-organisation", """
en cluster association | national cluster association | cluster platform
ro asociație a clusterelor | federație a clusterelor
sq shoqatë e klasterëve
hu klaszterszövetség
el ένωση συστάδων | δίκτυο συστάδων
bg асоциация на клъстерите | клъстерна асоциация
sl združenje grozdov
hr udruga klastera
sr udruženje klastera | asocijacija klastera
sk asociácia klastrov | Únia klastrov Slovenska
de Clusterverband | Clusterplattform
it associazione dei cluster
mk асоцијација на кластери | кластерска асоцијација
""")

C("cluster-excellence", "WG1", "cluster", """
en cluster excellence | cluster management excellence | world-class cluster
ro excelență a clusterelor | cluster de clasă mondială
sq ekselencë e klasterëve | klaster i klasit botëror
hu klaszterkiválóság | világszínvonalú klaszter
el αριστεία συστάδων | συστάδα παγκόσμιας κλάσης
bg клъстерно съвършенство | клъстер от световна класа
sl odličnost grozdov | grozd svetovnega razreda
hr izvrsnost klastera | klaster svjetske klase
sr izvrsnost klastera | klaster svetske klase
sk excelentnosť klastrov | klaster svetovej triedy
de Clusterexzellenz | Spitzencluster
it eccellenza dei cluster | cluster di livello mondiale
mk кластерска извонредност | кластер од светска класа
""")

C("cluster-excellence-label", "WG1", "cluster-excellence", """
en cluster excellence label | cluster management excellence label | gold label | silver label | bronze label
ro etichetă de excelență pentru clustere | etichetă de aur | etichetă de bronz
sq etiketë e ekselencës së klasterit | etiketë e artë
hu klaszterkiválósági címke | arany címke | ezüst címke | bronz címke
el σήμα αριστείας συστάδων | χρυσό σήμα αριστείας | χάλκινο σήμα αριστείας
bg етикет за клъстерно съвършенство | златен етикет | бронзов етикет
sl znak odličnosti upravljanja grozda | zlati znak odličnosti | bronasti znak odličnosti
hr oznaka izvrsnosti klastera | zlatna oznaka izvrsnosti | brončana oznaka izvrsnosti
sr oznaka izvrsnosti klastera | zlatna oznaka izvrsnosti | bronzana oznaka izvrsnosti
sk značka excelentnosti klastra | zlatá značka excelentnosti | bronzová značka excelentnosti
de Cluster-Exzellenz-Label | Cluster Management Excellence Label | Gold-Label | Silber-Label | Bronze-Label
it marchio di eccellenza dei cluster | etichetta di eccellenza | gold label | bronze label
mk ознака за кластерска извонредност | златна ознака | бронзена ознака
""")

C("cluster-benchmarking", "WG1", "cluster-excellence", """
en cluster benchmarking | European Secretariat for Cluster Analysis | ESCA
ro benchmarking al clusterelor | analiză comparativă a clusterelor | ESCA
sq krahasim i klasterëve | benchmarking i klasterëve
hu klaszter-benchmarking | klaszterek összehasonlító elemzése
el συγκριτική αξιολόγηση συστάδων | benchmarking συστάδων
bg сравнителен анализ на клъстери | бенчмаркинг на клъстери
sl primerjalna analiza grozdov | benchmarking grozdov
hr benchmarking klastera | usporedna analiza klastera
sr benčmarking klastera | uporedna analiza klastera
sk benchmarking klastrov | porovnávacia analýza klastrov
de Cluster-Benchmarking | ESCA
it benchmarking dei cluster | analisi comparativa dei cluster | ESCA
mk споредбена анализа на кластери | бенчмаркинг на кластери
""")

C("cluster-accreditation", "WG1", "cluster-policy", """
en cluster accreditation | accredited cluster | cluster registration | accredited innovation cluster
ro acreditare a clusterelor | cluster acreditat
sq akreditim i klasterit
hu klaszterakkreditáció | akkreditált klaszter | akkreditált innovációs klaszter
el πιστοποίηση συστάδων | μητρώο συστάδων
bg акредитация на клъстер | регистър на клъстерите
sl akreditacija grozda
hr akreditacija klastera | registar klastera
sr akreditacija klastera | akreditovani klaster | registar klastera
sk akreditácia klastra
de Clusterakkreditierung | akkreditierter Cluster
it accreditamento dei cluster | cluster riconosciuto
mk акредитација на кластер | регистар на кластери
""")

C("cluster-mapping", "WG1 WG5", "cluster-policy", """
en cluster mapping | mapping of clusters | cluster map
ro cartografiere a clusterelor | identificare a clusterelor
sq hartëzim i klasterëve
hu klasztertérképezés | klaszterfeltérképezés
el χαρτογράφηση συστάδων | χαρτογράφηση cluster
bg картографиране на клъстери | идентифициране на клъстери
sl kartiranje grozdov | identifikacija grozdov
hr mapiranje klastera
sr mapiranje klastera
sk mapovanie klastrov
de Clustermapping | Clusterkartierung
it mappatura dei cluster
mk мапирање на кластери
""")

C("cluster-life-cycle", "WG1 WG5", "cluster", """
en cluster life cycle | cluster lifecycle | cluster maturity | cluster development stage
ro ciclu de viață al clusterului | stadiu de dezvoltare a clusterului
sq cikël jetësor i klasterit
hu klaszter életciklus | klaszter fejlettségi szint
el κύκλος ζωής συστάδας
bg жизнен цикъл на клъстера
sl življenjski cikel grozda
hr životni ciklus klastera
sr životni ciklus klastera
sk životný cyklus klastra
de Clusterlebenszyklus | Lebenszyklus von Clustern
it ciclo di vita del cluster
mk животен циклус на кластер
""")

C("emerging-cluster", "WG1 WG5", "cluster-life-cycle", """
en emerging cluster | nascent cluster | embryonic cluster
ro cluster emergent | cluster în formare
sq klaster në zhvillim | klaster i ri
hu induló klaszter | feltörekvő klaszter
el αναδυόμενη συστάδα
bg възникващ клъстер
sl nastajajoči grozd
hr klaster u nastajanju
sr klaster u nastajanju
sk vznikajúci klaster
de entstehender Cluster | aufstrebender Cluster
it cluster emergente
mk кластер во настанување
""")

C("innovation-cluster", "WG1", "cluster", """
en innovation cluster | technology cluster | technology district | innovation pole
ro cluster inovativ | cluster de inovare
sq klaster inovacioni | klaster inovativ
hu innovációs klaszter | technológiai klaszter
el συστάδα καινοτομίας | τεχνολογική συστάδα | πόλος καινοτομίας | συνεργατικός σχηματισμός καινοτομίας
bg иновационен клъстер | технологичен клъстер
sl inovacijski grozd | tehnološki grozd
hr inovacijski klaster | tehnološki klaster
sr inovacioni klaster | tehnološki klaster | inovativni klaster
sk inovačný klaster | technologický klaster
de Innovationscluster | Technologiecluster
it distretto tecnologico | cluster tecnologico | polo di innovazione | cluster tecnologico nazionale
mk иновациски кластер | технолошки кластер
""")

C("industrial-district", "WG5", "cluster", """
en industrial district | Marshallian district
ro district industrial
sq distrikt industrial
hu ipari körzet | iparkörzet
el βιομηχανική περιφέρεια
bg индустриален район
sl industrijsko okrožje
hr industrijski distrikt
sr industrijski distrikt
sk priemyselný dištrikt
de Industriedistrikt | industrieller Distrikt
it distretto industriale | distretto | distretto produttivo
mk индустриски дистрикт
""")

C("competitiveness-pole", "WG1 WG5", "cluster", """
en competitiveness pole | competitiveness cluster | growth pole | pôle de compétitivité
ro pol de competitivitate | pol de creștere
sq pol konkurrueshmërie | pol rritjeje
hu pólus | versenyképességi pólus | növekedési pólus
el πόλος ανταγωνιστικότητας | πόλος ανάπτυξης
bg полюс на конкурентоспособност | полюс на растеж
sl pol konkurenčnosti | razvojni pol
hr pol konkurentnosti | pol rasta
sr pol konkurentnosti | pol rasta
sk pól konkurencieschopnosti | rastový pól
de Wettbewerbspol | Wachstumspol
it polo di competitività | polo di crescita
mk пол на конкурентност | пол на раст
""")

C("business-network", "WG1 WG3", "cluster", """
en business network | enterprise network | inter-firm network | network contract
ro rețea de afaceri | rețea de întreprinderi
sq rrjet biznesi | rrjet ndërmarrjesh
hu vállalkozói hálózat | vállalati hálózat | üzleti hálózat
el επιχειρηματικό δίκτυο | δίκτυο επιχειρήσεων
bg бизнес мрежа | мрежа от предприятия
sl poslovna mreža | mreža podjetij
hr poslovna mreža | mreža poduzeća
sr poslovna mreža | mreža preduzeća
sk podnikateľská sieť | sieť podnikov
de Unternehmensnetzwerk | Kooperationsnetzwerk | Branchennetzwerk
it rete d'impresa | rete di imprese | contratto di rete
mk деловна мрежа | мрежа на претпријатија
""")

C("networking", "WG3", "business-network", """
en networking | network building
ro networking | creare de rețele
sq rrjetëzim | networking
hu hálózatépítés | kapcsolatépítés | networking
el δικτύωση | networking
bg изграждане на мрежи | работа в мрежа | нетуъркинг
sl mreženje
hr umrežavanje
sr umrežavanje
sk sieťovanie | nadväzovanie kontaktov | networking
de Vernetzung | Netzwerkbildung | Networking
it networking | messa in rete | creazione di reti
mk вмрежување | нетворкинг
""")

C("inter-firm-cooperation", "WG1 WG3", "cluster", """
en inter-firm cooperation | business cooperation | cooperation between companies
ro cooperare între firme | cooperare interîntreprinderi
sq bashkëpunim ndërmjet ndërmarrjeve | bashkëpunim biznesi
hu vállalatközi együttműködés | üzleti együttműködés
el διεπιχειρησιακή συνεργασία | συνεργασία επιχειρήσεων
bg междуфирмено сътрудничество | сътрудничество между предприятия
sl medpodjetniško sodelovanje | poslovno sodelovanje
hr poslovna suradnja | suradnja poduzeća
sr poslovna saradnja | saradnja preduzeća
sk medzipodniková spolupráca | podnikateľská spolupráca
de zwischenbetriebliche Kooperation | Unternehmenskooperation
it cooperazione tra imprese | collaborazione tra imprese
mk соработка меѓу претпријатија | деловна соработка
""")

C("trust", "WG1", "inter-firm-cooperation", """
en trust | mutual trust | trust building
ro încredere | încredere reciprocă | consolidarea încrederii
sq besim | besim i ndërsjellë | ndërtim i besimit
hu bizalom | kölcsönös bizalom | bizalomépítés
el εμπιστοσύνη | αμοιβαία εμπιστοσύνη | οικοδόμηση εμπιστοσύνης
bg доверие | взаимно доверие | изграждане на доверие
sl zaupanje | medsebojno zaupanje | krepitev zaupanja
hr povjerenje | međusobno povjerenje | izgradnja povjerenja
sr poverenje | međusobno poverenje | izgradnja poverenja
sk dôvera | vzájomná dôvera | budovanie dôvery
de Vertrauen | gegenseitiges Vertrauen | Vertrauensbildung
it fiducia | fiducia reciproca | costruzione della fiducia
mk доверба | меѓусебна доверба | градење доверба
""")

C("cross-sectoral-cooperation", "WG1 WG5", "inter-firm-cooperation", """
en cross-sectoral cooperation | cross-clustering | cross-cluster cooperation | cross-sector collaboration
ro cooperare intersectorială | cooperare între clustere
sq bashkëpunim ndërsektorial | bashkëpunim ndërmjet klasterëve
hu ágazatközi együttműködés | klaszterek közötti együttműködés
el διατομεακή συνεργασία | συνεργασία μεταξύ συστάδων
bg междусекторно сътрудничество | сътрудничество между клъстери
sl medsektorsko sodelovanje | sodelovanje med grozdi
hr međusektorska suradnja | suradnja među klasterima
sr međusektorska saradnja | saradnja između klastera
sk medzisektorová spolupráca | spolupráca medzi klastrami
de branchenübergreifende Zusammenarbeit | Cross-Clustering | clusterübergreifende Zusammenarbeit
it cooperazione intersettoriale | collaborazione tra cluster | cross-clustering
mk меѓусекторска соработка | соработка меѓу кластери
""")

C("triple-helix", "WG1 WG5", "cluster", """
en triple helix | triple helix model | university-industry-government cooperation
ro triplu helix | elice triplă
sq helika e trefishtë | triple helix
hu hármas spirál | triple helix
el τριπλή έλικα | τριπλός έλικας
bg тройна спирала | троен хеликс
sl trojna vijačnica | triple helix
hr trostruka spirala | triple helix
sr trostruki heliks | triple helix
sk trojitá špirála | triple helix
de Triple Helix | Dreifach-Helix
it tripla elica | triple helix
mk тројна спирала | троен хеликс
""")

C("quadruple-helix", "WG1 WG5", "triple-helix", """
en quadruple helix | quadruple helix model
ro cvadruplu helix | elice cvadruplă
sq helika e katërfishtë | quadruple helix
hu négyes spirál | quadruple helix
el τετραπλή έλικα
bg четворна спирала | четворен хеликс
sl četverna vijačnica | quadruple helix
hr četverostruka spirala | quadruple helix
sr četvorostruki heliks | quadruple helix
sk štvoritá špirála | quadruple helix
de Quadruple Helix | Vierfach-Helix
it quadrupla elica | quadruple helix
mk четворна спирала | четворен хеликс
""")

C("agglomeration-economies", "WG5", "cluster", """
en agglomeration economies | agglomeration effect | localisation economies
ro economii de aglomerare | efect de aglomerare
sq ekonomi aglomerimi
hu agglomerációs előnyök | agglomerációs hatás
el οικονομίες συσσώρευσης
bg агломерационни ефекти | икономии от агломерация
sl aglomeracijske ekonomije
hr aglomeracijske ekonomije
sr ekonomije aglomeracije
sk aglomeračné úspory | aglomeračné efekty
de Agglomerationsvorteile | Agglomerationseffekte | Fühlungsvorteile
it economie di agglomerazione | economie esterne
mk агломерациски економии
""")

C("enterprise", "WG1 WG4", None, """
en enterprise | company | firm
ro întreprindere | firmă | companie
sq ndërmarrje | kompani | biznes | firmë
hu vállalkozás | vállalat | cég
el επιχείρηση | εταιρεία
bg предприятие | фирма | компания
sl podjetje | družba
hr poduzeće | tvrtka | kompanija
sr preduzeće | kompanija | firma | privredno društvo
sk podnik | firma | spoločnosť
de Unternehmen | Firma | Betrieb
it impresa | azienda
mk претпријатие | компанија | фирма
""")

C("sme", "WG1 WG4", "enterprise", """
en SME | small and medium-sized enterprise | small and medium enterprise | small business
ro IMM | întreprindere mică și mijlocie
sq NVM | ndërmarrje e vogël dhe e mesme
hu kkv | kis- és középvállalkozás
el μικρομεσαία επιχείρηση | ΜμΕ | μικρή και μεσαία επιχείρηση
bg МСП | малко и средно предприятие
sl MSP | malo in srednje podjetje
hr MSP | malo i srednje poduzeće | mali i srednji poduzetnik
sr MSP | MSPP | malo i srednje preduzeće
sk MSP | malý a stredný podnik
de KMU | kleines und mittleres Unternehmen | Mittelstand
it PMI | piccola e media impresa
mk МСП | мало и средно претпријатие
""")

C("micro-enterprise", "WG1 WG4", "sme", """
en micro-enterprise | microenterprise | micro firm
ro microîntreprindere
sq mikrondërmarrje
hu mikrovállalkozás
el πολύ μικρή επιχείρηση | μικροεπιχείρηση
bg микропредприятие
sl mikro podjetje
hr mikro poduzeće
sr mikro preduzeće
sk mikropodnik
de Kleinstunternehmen | Mikrounternehmen
it microimpresa
mk микропретпријатие
""")

C("large-enterprise", "WG1", "enterprise", """
en large enterprise | large company
ro întreprindere mare | companie mare
sq ndërmarrje e madhe
hu nagyvállalat
el μεγάλη επιχείρηση
bg голямо предприятие
sl veliko podjetje
hr veliko poduzeće
sr veliko preduzeće
sk veľký podnik
de Großunternehmen
it grande impresa
mk големо претпријатие
""")

C("multinational-company", "WG3", "large-enterprise", """
en multinational company | multinational enterprise | MNE | multinational corporation
ro companie multinațională | corporație multinațională
sq kompani shumëkombëshe | kompani multinacionale
hu multinacionális vállalat
el πολυεθνική επιχείρηση | πολυεθνική εταιρεία
bg мултинационална компания
sl multinacionalno podjetje | multinacionalka
hr multinacionalna kompanija | multinacionalno poduzeće
sr multinacionalna kompanija
sk nadnárodná spoločnosť | nadnárodná korporácia
de multinationales Unternehmen | multinationaler Konzern
it impresa multinazionale | multinazionale
mk мултинационална компанија
""")

C("anchor-firm", "WG1 WG5", "enterprise", """
en anchor firm | anchor company | lead firm
ro firmă-ancoră | companie-ancoră | firmă lider
sq ndërmarrje ankorë | kompani udhëheqëse
hu horgonycég | horgonyvállalat
el επιχείρηση-άγκυρα | ηγετική επιχείρηση
bg водещо предприятие | водеща фирма
sl vodilno podjetje | sidrno podjetje
hr vodeće poduzeće | vodeća tvrtka
sr vodeće preduzeće
sk vedúci podnik | kotviaca firma
de Ankerunternehmen | Leitunternehmen
it impresa leader | impresa guida
mk водечко претпријатие | водечка компанија
""")

C("entrepreneurship", "WG1 WG6", "enterprise", """
en entrepreneurship | entrepreneurial culture
ro antreprenoriat | spirit antreprenorial
sq sipërmarrje | ndërmarrësi
hu vállalkozói szellem | vállalkozói kultúra | vállalkozásélénkítés
el επιχειρηματικότητα
bg предприемачество
sl podjetništvo
hr poduzetništvo
sr preduzetništvo
sk podnikanie | podnikavosť
de Unternehmertum | Entrepreneurship
it imprenditorialità | imprenditoria
mk претприемништво
""")

C("value-chain", "WG1 WG3 WG5", None, """
en value chain | value-added chain
ro lanț valoric | lanț de valoare
sq zinxhir i vlerës | zinxhir vlere
hu értéklánc
el αλυσίδα αξίας
bg верига на стойността
sl vrednostna veriga | veriga vrednosti
hr lanac vrijednosti
sr lanac vrednosti
sk hodnotový reťazec
de Wertschöpfungskette
it catena del valore
mk синџир на вредност | вредносен синџир
""")

C("supply-chain", "WG1 WG3", "value-chain", """
en supply chain
ro lanț de aprovizionare
sq zinxhir furnizimi
hu ellátási lánc | beszállítói lánc
el εφοδιαστική αλυσίδα
bg верига на доставки
sl dobavna veriga | oskrbovalna veriga
hr opskrbni lanac | lanac opskrbe
sr lanac snabdevanja
sk dodávateľský reťazec
de Lieferkette | Versorgungskette
it catena di fornitura | catena di approvvigionamento
mk синџир на снабдување
""")

C("supplier", "WG1 WG3", "value-chain", """
en supplier | subcontractor | subcontracting | tier-1 supplier
ro furnizor | subcontractor | subcontractare
sq furnitor | nënkontraktor | nënkontraktim
hu beszállító | alvállalkozó | bérmunka
el προμηθευτής | υπεργολάβος | υπεργολαβία
bg доставчик | подизпълнител
sl dobavitelj | podizvajalec
hr dobavljač | podugovaratelj | kooperant
sr dobavljač | podizvođač | kooperant
sk dodávateľ | subdodávateľ
de Zulieferer | Lieferant | Unterauftragnehmer
it fornitore | subfornitore | subfornitura | terzista
mk добавувач | подизведувач
""")

C("supplier-development", "WG1 WG3", "value-chain", """
en supplier development | supplier development programme | supplier upgrading
ro dezvoltare a furnizorilor | program de dezvoltare a furnizorilor locali
sq zhvillim i furnitorëve
hu beszállítófejlesztés | beszállítói program
el ανάπτυξη προμηθευτών
bg развитие на доставчици
sl razvoj dobaviteljev
hr razvoj dobavljača
sr razvoj dobavljača | program razvoja dobavljača
sk rozvoj dodávateľov
de Zuliefererentwicklung | Lieferantenentwicklung
it sviluppo dei fornitori | qualificazione dei fornitori
mk развој на добавувачи
""")

C("business-support-organisation", "WG1", "enterprise", """
en business support organisation | intermediary organisation | business support service | business development service
ro structură de sprijin a afacerilor | organizație de sprijin pentru afaceri
sq organizatë mbështetëse e biznesit | organizatë ndërmjetëse
hu vállalkozásfejlesztési szervezet | vállalkozásfejlesztési szolgáltatás
el φορέας υποστήριξης επιχειρήσεων | υπηρεσίες υποστήριξης επιχειρήσεων
bg бизнес подкрепяща организация | организация за подкрепа на бизнеса | БПО
sl podporno okolje za podjetništvo | podporna organizacija za podjetja
hr poduzetnička potporna institucija | PPI | poduzetnička infrastruktura
sr organizacija za podršku poslovanju | institucija za podršku preduzetništvu
sk podporná organizácia pre podnikanie | podporná infraštruktúra pre podnikanie
de Wirtschaftsförderungseinrichtung | Wirtschaftsförderung
it organismo di supporto alle imprese | servizi alle imprese
mk институција за поддршка на бизнисот | организација за поддршка на бизнисот
""")

C("chamber-of-commerce", "WG1 WG3", "business-support-organisation", """
en chamber of commerce | chamber of commerce and industry | CCI | chamber of economy
ro cameră de comerț | cameră de comerț și industrie | CCI
sq dhomë tregtare | dhomë e tregtisë dhe industrisë
hu kereskedelmi és iparkamara | iparkamara
el επιμελητήριο | εμπορικό και βιομηχανικό επιμελητήριο | ΕΒΕ
bg търговско-промишлена палата | ТПП
sl gospodarska zbornica | GZS
hr gospodarska komora | HGK
sr privredna komora | PKS
sk obchodná a priemyselná komora | SOPK
de Industrie- und Handelskammer | IHK | Handelskammer | Wirtschaftskammer
it camera di commercio | CCIAA
mk стопанска комора
""")

C("industrial-park", "WG3 WG5", "business-support-organisation", """
en industrial park | industrial zone | business park | industrial estate
ro parc industrial | zonă industrială | parc de afaceri
sq park industrial | zonë industriale
hu ipari park | iparterület | ipari övezet
el βιομηχανική περιοχή | ΒΙΠΕ | επιχειρηματικό πάρκο | βιομηχανικό πάρκο
bg индустриален парк | индустриална зона | бизнес парк
sl industrijska cona | poslovna cona | industrijski park
hr poduzetnička zona | industrijska zona | industrijski park
sr industrijski park | industrijska zona | poslovna zona
sk priemyselný park | priemyselná zóna
de Industriepark | Gewerbegebiet | Gewerbepark | Industriegebiet
it parco industriale | zona industriale | area industriale
mk индустриска зона | индустриски парк
""")

C("special-economic-zone", "WG3 WG4", "industrial-park", """
en special economic zone | free zone | SEZ | technological and economic development zone | TEDA
ro zonă economică specială | zonă liberă
sq zonë ekonomike e veçantë | zonë e lirë | zonë e zhvillimit teknologjik dhe ekonomik | TEDA
hu különleges gazdasági övezet | szabad vámterület
el ειδική οικονομική ζώνη | ελεύθερη ζώνη
bg специална икономическа зона | свободна зона
sl posebna ekonomska cona | ekonomska cona
hr slobodna zona | posebna gospodarska zona
sr slobodna zona | posebna ekonomska zona
sk osobitná hospodárska zóna | slobodné pásmo
de Sonderwirtschaftszone | Freizone
it zona economica speciale | ZES | zona franca
mk технолошка индустриска развојна зона | ТИРЗ | слободна економска зона
""")

C("competitiveness", "WG1 WG5", None, """
en competitiveness | business competitiveness
ro competitivitate
sq konkurrueshmëri
hu versenyképesség
el ανταγωνιστικότητα
bg конкурентоспособност
sl konkurenčnost
hr konkurentnost
sr konkurentnost
sk konkurencieschopnosť
de Wettbewerbsfähigkeit
it competitività
mk конкурентност | конкурентска способност
""")

C("productivity", "WG1 WG5", "competitiveness", """
en productivity | labour productivity
ro productivitate | productivitatea muncii
sq produktivitet
hu termelékenység | munkatermelékenység
el παραγωγικότητα
bg производителност | производителност на труда
sl produktivnost
hr produktivnost
sr produktivnost
sk produktivita | produktivita práce
de Produktivität | Arbeitsproduktivität
it produttività
mk продуктивност | продуктивност на трудот
""")

# ---------------------------------------------------------------------------------------
# WG1 Innovation and R&D
# ---------------------------------------------------------------------------------------

C("innovation", "WG1", None, """
en innovation
ro inovare | inovație
sq inovacion | risi
hu innováció
el καινοτομία
bg иновация | иновации
sl inovacija | inovativnost
hr inovacija | inovativnost
sr inovacija | inovativnost
sk inovácia
de Innovation
it innovazione
mk иновација
""")

C("research-and-development", "WG1", None, """
en research and development | R&D | research and technological development | RTD
ro cercetare-dezvoltare | cercetare și dezvoltare | C-D | CD
sq kërkim dhe zhvillim | kërkim-zhvillim
hu kutatás-fejlesztés | K+F
el έρευνα και ανάπτυξη | Ε&Α | έρευνα και τεχνολογική ανάπτυξη | ΕΤΑ
bg научноизследователска и развойна дейност | НИРД | научни изследвания и развойна дейност
sl raziskave in razvoj | RR | R&R
hr istraživanje i razvoj | IiR
sr istraživanje i razvoj
sk výskum a vývoj | VaV
de Forschung und Entwicklung | FuE | F&E
it ricerca e sviluppo | R&S
mk истражување и развој
""")

C("research-development-and-innovation", "WG1", "research-and-development", """
en research, development and innovation | RDI | R&D&I | research and innovation | RTDI
ro cercetare, dezvoltare și inovare | CDI | cercetare și inovare
sq kërkim, zhvillim dhe inovacion | kërkim dhe inovacion
hu kutatás-fejlesztés és innováció | K+F+I | kutatás és innováció
el έρευνα, τεχνολογική ανάπτυξη και καινοτομία | ΕΤΑΚ | έρευνα και καινοτομία
bg научни изследвания, развойна дейност и иновации | НИРДИ | научни изследвания и иновации
sl raziskave, razvoj in inovacije | RRI | raziskave in inovacije
hr istraživanje, razvoj i inovacije | istraživanje i inovacije
sr istraživanje, razvoj i inovacije | istraživanje i inovacije
sk výskum, vývoj a inovácie | VVaI | výskum a inovácie
de Forschung, Entwicklung und Innovation | FuEuI | Forschung und Innovation
it ricerca, sviluppo e innovazione | R&S&I | ricerca e innovazione
mk истражување, развој и иновации | истражување и иновации
""")

C("applied-research", "WG1", "research-and-development", """
en applied research | industrial research
ro cercetare aplicativă | cercetare industrială
sq kërkim i aplikuar | kërkim industrial
hu alkalmazott kutatás | ipari kutatás
el εφαρμοσμένη έρευνα | βιομηχανική έρευνα
bg приложни изследвания | индустриални научни изследвания
sl aplikativne raziskave | industrijske raziskave
hr primijenjeno istraživanje | industrijsko istraživanje
sr primenjeno istraživanje | industrijsko istraživanje
sk aplikovaný výskum | priemyselný výskum
de angewandte Forschung | industrielle Forschung
it ricerca applicata | ricerca industriale
mk применето истражување | индустриско истражување
""")

C("basic-research", "WG1", "research-and-development", """
en basic research | fundamental research
ro cercetare fundamentală
sq kërkim bazë | kërkim themelor
hu alapkutatás
el βασική έρευνα
bg фундаментални изследвания
sl temeljne raziskave
hr temeljno istraživanje
sr osnovno istraživanje | fundamentalno istraživanje
sk základný výskum
de Grundlagenforschung
it ricerca di base | ricerca fondamentale
mk основно истражување | фундаментално истражување
""")

C("experimental-development", "WG1", "research-and-development", """
en experimental development
ro dezvoltare experimentală
sq zhvillim eksperimental
hu kísérleti fejlesztés
el πειραματική ανάπτυξη
bg експериментално развитие
sl eksperimentalni razvoj
hr eksperimentalni razvoj
sr eksperimentalni razvoj
sk experimentálny vývoj
de experimentelle Entwicklung
it sviluppo sperimentale
mk експериментален развој
""")

C("collaborative-research", "WG1", "research-and-development", """
en collaborative research | collaborative R&D | joint research project | cooperative research
ro cercetare colaborativă | proiect comun de cercetare | cercetare în parteneriat
sq kërkim i përbashkët | projekt i përbashkët kërkimor
hu közös kutatás | együttműködésen alapuló K+F | konzorciális K+F
el συνεργατική έρευνα | κοινό ερευνητικό έργο | συνεργατικό ερευνητικό έργο
bg съвместни научни изследвания | съвместен изследователски проект
sl skupne raziskave | sodelovalne raziskave | skupni raziskovalni projekt
hr suradničko istraživanje | zajednički istraživački projekt
sr zajedničko istraživanje | saradničko istraživanje | zajednički istraživački projekat
sk spoločný výskum | kolaboratívny výskum
de Verbundforschung | Verbundprojekt | kooperative Forschung
it ricerca collaborativa | progetto di ricerca congiunto | ricerca in collaborazione
mk заедничко истражување | заеднички истражувачки проект
""")

C("contract-research", "WG1", "research-and-development", """
en contract research | research services | commissioned research
ro cercetare contractuală | cercetare la comandă | servicii de cercetare
sq kërkim me kontratë
hu szerződéses kutatás | megbízásos kutatás
el έρευνα κατά παραγγελία | ερευνητικές υπηρεσίες
bg договорни изследвания | изследвания по поръчка
sl pogodbene raziskave | raziskave po naročilu
hr ugovorno istraživanje
sr ugovorno istraživanje
sk zmluvný výskum
de Auftragsforschung
it ricerca su commessa | ricerca a contratto
mk договорно истражување
""")

C("rd-intensity", "WG1 WG5", "research-and-development", """
en R&D intensity | R&D expenditure | gross domestic expenditure on R&D | GERD | BERD
ro intensitate a cercetării-dezvoltării | cheltuieli de cercetare-dezvoltare
sq intensitet i kërkim-zhvillimit | shpenzime për kërkim dhe zhvillim
hu K+F-intenzitás | K+F-ráfordítás | K+F-kiadás
el ένταση Ε&Α | δαπάνες Ε&Α | ακαθάριστη εγχώρια δαπάνη για Ε&Α
bg интензитет на НИРД | разходи за НИРД
sl intenzivnost raziskav in razvoja | vlaganja v raziskave in razvoj | izdatki za RR
hr intenzitet istraživanja i razvoja | ulaganja u istraživanje i razvoj | izdaci za istraživanje i razvoj
sr intenzitet istraživanja i razvoja | izdaci za istraživanje i razvoj | ulaganja u istraživanje i razvoj
sk intenzita výskumu a vývoja | výdavky na výskum a vývoj
de FuE-Intensität | FuE-Ausgaben | Forschungsausgaben
it intensità di R&S | spesa in R&S | spesa per ricerca e sviluppo
mk интензитет на истражување и развој | издатоци за истражување и развој
""")

C("researcher", "WG1 WG6", "research-and-development", """
en researcher | research personnel | scientist
ro cercetător | personal de cercetare
sq studiues | kërkues shkencor | personel kërkimor
hu kutató | kutatói személyzet
el ερευνητής | ερευνητικό προσωπικό
bg изследовател | учен | научен персонал
sl raziskovalec | raziskovalno osebje
hr istraživač | znanstvenik
sr istraživač | naučnik
sk výskumník | výskumný pracovník
de Forscher | Forschungspersonal | Wissenschaftler
it ricercatore | personale di ricerca
mk истражувач | научник
""")

C("research-infrastructure", "WG1", "research-and-development", """
en research infrastructure | research facility
ro infrastructură de cercetare
sq infrastrukturë kërkimore
hu kutatási infrastruktúra
el ερευνητική υποδομή
bg научна инфраструктура | изследователска инфраструктура
sl raziskovalna infrastruktura
hr istraživačka infrastruktura
sr istraživačka infrastruktura
sk výskumná infraštruktúra
de Forschungsinfrastruktur
it infrastruttura di ricerca
mk истражувачка инфраструктура
""")

C("research-organisation", "WG1", "research-and-development", """
en research organisation | research institute | research centre | research and technology organisation | RTO | research body
ro organizație de cercetare | institut de cercetare | institut național de cercetare-dezvoltare | INCD
sq organizatë kërkimore | institut kërkimor | qendër kërkimore
hu kutatóhely | kutatóintézet | kutatóközpont | kutatási szervezet
el ερευνητικός οργανισμός | ερευνητικό κέντρο | ερευνητικό ινστιτούτο | ερευνητικός φορέας
bg научна организация | научноизследователски институт | изследователски център
sl raziskovalna organizacija | raziskovalni inštitut | javni raziskovalni zavod
hr istraživačka organizacija | znanstveni institut | istraživački centar
sr istraživačka organizacija | naučni institut | istraživački centar | naučnoistraživačka organizacija
sk výskumná organizácia | výskumný ústav | výskumné centrum
de Forschungseinrichtung | Forschungsinstitut | Forschungszentrum
it organismo di ricerca | istituto di ricerca | centro di ricerca | ente di ricerca
mk истражувачка организација | научен институт | истражувачки центар
""")

C("centre-of-excellence", "WG1", "research-organisation", """
en centre of excellence | center of excellence | research excellence
ro centru de excelență | excelență în cercetare
sq qendër ekselence
hu kiválósági központ | kutatási kiválóság
el κέντρο αριστείας | ερευνητική αριστεία
bg център за върхови постижения
sl center odličnosti
hr centar izvrsnosti | znanstveni centar izvrsnosti
sr centar izvrsnosti
sk centrum excelentnosti
de Exzellenzzentrum | Exzellenzcluster
it centro di eccellenza
mk центар за извонредност
""")

C("university", "WG1 WG6", "research-organisation", """
en university | higher education institution | HEI
ro universitate | instituție de învățământ superior
sq universitet | institucion i arsimit të lartë
hu egyetem | felsőoktatási intézmény
el πανεπιστήμιο | ανώτατο εκπαιδευτικό ίδρυμα | ΑΕΙ
bg университет | висше училище
sl univerza | visokošolski zavod
hr sveučilište | visoko učilište
sr univerzitet | visokoškolska ustanova
sk univerzita | vysoká škola
de Universität | Hochschule
it università | ateneo
mk универзитет | високообразовна установа
""")

C("science-industry-cooperation", "WG1", "knowledge-transfer", """
en university-business cooperation | science-industry cooperation | academia-industry collaboration
ro cooperare universitate-mediu de afaceri | colaborare între mediul academic și industrie
sq bashkëpunim universitet-biznes | bashkëpunim akademi-industri
hu egyetem-ipar együttműködés | felsőoktatás és gazdaság együttműködése | felsőoktatási és ipari együttműködés
el συνεργασία πανεπιστημίου-επιχειρήσεων | συνεργασία έρευνας-βιομηχανίας
bg сътрудничество между наука и бизнес | сътрудничество университет-бизнес
sl sodelovanje med gospodarstvom in znanostjo | sodelovanje med univerzo in gospodarstvom
hr suradnja znanosti i gospodarstva | suradnja sveučilišta i gospodarstva
sr saradnja nauke i privrede | saradnja univerziteta i privrede
sk spolupráca univerzít a priemyslu | spolupráca akademickej a podnikateľskej sféry
de Wissenschaft-Wirtschaft-Kooperation | Kooperation von Hochschulen und Unternehmen
it collaborazione università-impresa | cooperazione tra ricerca e industria
mk соработка меѓу науката и бизнисот | соработка универзитет-бизнис
""")

C("knowledge-transfer", "WG1", "innovation", """
en knowledge transfer | knowledge exchange | valorisation of research
ro transfer de cunoștințe | valorificare a rezultatelor cercetării
sq transferim i njohurive
hu tudástranszfer | tudásátadás | kutatási eredmények hasznosítása
el μεταφορά γνώσης | αξιοποίηση ερευνητικών αποτελεσμάτων
bg трансфер на знания | валоризация на научните резултати
sl prenos znanja
hr prijenos znanja | transfer znanja
sr transfer znanja | prenos znanja
sk transfer poznatkov | prenos poznatkov
de Wissenstransfer | Verwertung von Forschungsergebnissen
it trasferimento di conoscenze | valorizzazione della ricerca
mk трансфер на знаење
""")

C("technology-transfer", "WG1", "knowledge-transfer", """
en technology transfer
ro transfer tehnologic | transfer de tehnologie
sq transferim i teknologjisë | transferim teknologjik
hu technológiatranszfer | tudás- és technológiatranszfer
el μεταφορά τεχνολογίας
bg трансфер на технологии | технологичен трансфер
sl prenos tehnologij | transfer tehnologij
hr transfer tehnologije | prijenos tehnologije
sr transfer tehnologije | prenos tehnologije
sk transfer technológií
de Technologietransfer
it trasferimento tecnologico | trasferimento di tecnologia
mk трансфер на технологии | технолошки трансфер
""")

C("technology-transfer-office", "WG1", "technology-transfer", """
en technology transfer office | TTO | technology transfer centre | knowledge transfer office
ro oficiu de transfer tehnologic | centru de transfer tehnologic | CTT
sq zyrë e transferimit të teknologjisë
hu technológiatranszfer-iroda | TTI
el γραφείο μεταφοράς τεχνολογίας
bg офис за технологичен трансфер | център за трансфер на технологии
sl pisarna za prenos tehnologij | pisarna za prenos znanja
hr ured za transfer tehnologije | centar za transfer tehnologije
sr kancelarija za transfer tehnologije | centar za transfer tehnologije
sk centrum transferu technológií | kancelária transferu technológií | CTT
de Technologietransferstelle | Transferstelle | Technologietransferzentrum
it ufficio di trasferimento tecnologico | centro di trasferimento tecnologico
mk канцеларија за трансфер на технологии | центар за трансфер на технологии
""")

C("knowledge-spillover", "WG1 WG5", "knowledge-transfer", """
en knowledge spillover | spillover effect | knowledge diffusion
ro efect de propagare a cunoștințelor | difuzare a cunoștințelor
sq përhapje e njohurive
hu tudás-továbbgyűrűzés | tudásáramlás | tovagyűrűző hatás
el διάχυση γνώσης | επιδράσεις διάχυσης
bg разпространение на знания | ефект на разливане
sl prelivanje znanja
hr prelijevanje znanja | širenje znanja
sr prelivanje znanja | širenje znanja
sk prelievanie znalostí | šírenie poznatkov
de Wissens-Spillover | Wissensdiffusion
it spillover di conoscenza | diffusione della conoscenza | ricadute di conoscenza
mk прелевање на знаење | ширење на знаење
""")

C("commercialisation", "WG1", "knowledge-transfer", """
en commercialisation | commercialization | market uptake
ro comercializare a rezultatelor cercetării | introducere pe piață
sq komercializim
hu kommercializáció | piacra vitel
el εμπορική αξιοποίηση | εμπορευματοποίηση
bg комерсиализация
sl komercializacija | trženje rezultatov raziskav
hr komercijalizacija
sr komercijalizacija
sk komercializácia
de Kommerzialisierung | Markteinführung
it commercializzazione | immissione sul mercato
mk комерцијализација
""")

C("innovation-support-instrument", "WG1 WG4", "policy-instrument", """
en innovation support instrument | innovation support measure | innovation support scheme
ro instrument de sprijin pentru inovare | măsură de sprijin pentru inovare
sq instrument për mbështetjen e inovacionit
hu innovációtámogatási eszköz | innovációs támogatás
el εργαλείο στήριξης της καινοτομίας | μέτρο στήριξης της καινοτομίας
bg инструмент за подкрепа на иновациите | мярка за подкрепа на иновациите
sl instrument za spodbujanje inovacij | ukrep za spodbujanje inovacij
hr instrument potpore inovacijama | mjera potpore inovacijama
sr instrument podrške inovacijama | mera podrške inovacijama
sk nástroj na podporu inovácií | opatrenie na podporu inovácií
de Innovationsförderinstrument | Innovationsförderung | Innovationsförderprogramm
it strumento di sostegno all'innovazione | misura di sostegno all'innovazione
mk инструмент за поддршка на иновациите | мерка за поддршка на иновациите
""")

C("innovation-voucher", "WG1 WG4", "innovation-support-instrument", """
en innovation voucher | innovation cheque | knowledge voucher
ro voucher de inovare | cec de inovare
sq kupon inovacioni | voucher inovacioni
hu innovációs utalvány | innovációs csekk | innovációs voucher
el κουπόνι καινοτομίας | επιταγή καινοτομίας
bg ваучер за иновации | иновационен ваучер
sl inovacijski vavčer | vavčer za inovacije | vavčer | vavčerski sistem
hr inovacijski vaučer | vaučer za inovacije
sr inovacioni vaučer | vaučer za inovacije
sk inovačný voucher | inovačný poukaz
de Innovationsgutschein | Innovationsscheck
it voucher per l'innovazione | voucher innovazione | buono innovazione
mk иновациски ваучер | ваучер за иновации
""")

C("innovation-agency", "WG1 WG4", "innovation-support-instrument", """
en innovation agency | research and innovation agency | research funding agency
ro agenție de inovare | UEFISCDI
sq agjenci e inovacionit | Agjencia Kombëtare e Kërkimit Shkencor dhe Inovacionit | AKKSHI
hu innovációs ügynökség | Nemzeti Kutatási, Fejlesztési és Innovációs Hivatal | NKFIH
el φορέας χρηματοδότησης έρευνας | Γενική Γραμματεία Έρευνας και Καινοτομίας | ΓΓΕΚ
bg агенция за иновации | Национален иновационен фонд | Фонд научни изследвания
sl agencija za inovacije | SPIRIT Slovenija | ARIS
hr agencija za inovacije | HAMAG-BICRO
sr agencija za inovacije | Fond za inovacionu delatnost | Fond za nauku
sk inovačná agentúra | Agentúra na podporu výskumu a vývoja | APVV
de Innovationsagentur | Projektträger | Forschungsförderorganisation
it agenzia per l'innovazione | agenzia regionale per l'innovazione
mk агенција за иновации | Фонд за иновации и технолошки развој | ФИТР
""")

C("horizon-europe", "WG1 WG3 WG4", "research-and-development", """
en Horizon Europe | Horizon 2020 | framework programme for research and innovation | FP7
ro Orizont Europa | Orizont 2020 | program-cadru pentru cercetare și inovare
sq Horizont Evropa | Horizont 2020 | program kuadër për kërkim dhe inovacion
hu Horizont Európa | Horizont 2020 | kutatási és innovációs keretprogram
el Ορίζων Ευρώπη | Ορίζων 2020 | πρόγραμμα-πλαίσιο έρευνας και καινοτομίας
bg Хоризонт Европа | Хоризонт 2020 | рамкова програма за научни изследвания и иновации
sl Obzorje Evropa | Obzorje 2020 | okvirni program za raziskave in inovacije
hr Obzor Europa | Obzor 2020 | okvirni program za istraživanja i inovacije
sr Horizont Evropa | Horizont 2020 | okvirni program za istraživanje i inovacije
sk Horizont Európa | Horizont 2020 | rámcový program pre výskum a inovácie
de Horizont Europa | Horizont 2020 | Forschungsrahmenprogramm
it Orizzonte Europa | Orizzonte 2020 | programma quadro di ricerca e innovazione | Horizon Europe
mk Хоризонт Европа | Хоризонт 2020 | рамковна програма за истражување и иновации
""")

C("science-park", "WG1", "innovation-infrastructure", """
en science park | research park | science and technology park | STP
ro parc științific | parc științific și tehnologic
sq park shkencor | park shkencor dhe teknologjik
hu tudományos park | kutatási park
el επιστημονικό πάρκο | επιστημονικό και τεχνολογικό πάρκο
bg научен парк | научно-технологичен парк
sl znanstveni park | znanstveno-tehnološki park
hr znanstveni park | znanstveno-tehnološki park
sr naučni park | naučno-tehnološki park
sk vedecký park | vedeckotechnologický park
de Wissenschaftspark | Forschungspark
it parco scientifico | parco scientifico e tecnologico
mk научен парк | научно-технолошки парк
""")

C("innovation-infrastructure", "WG1", "innovation", """
en innovation infrastructure | innovation support infrastructure | innovation intermediary
ro infrastructură de inovare | infrastructură de inovare și transfer tehnologic
sq infrastrukturë inovacioni
hu innovációs infrastruktúra
el υποδομή καινοτομίας
bg иновационна инфраструктура
sl inovacijska infrastruktura | podporno inovacijsko okolje
hr inovacijska infrastruktura
sr inovaciona infrastruktura
sk inovačná infraštruktúra
de Innovationsinfrastruktur | Transfer- und Innovationsinfrastruktur
it infrastruttura per l'innovazione | intermediario dell'innovazione
mk иновациска инфраструктура
""")

C("technology-park", "WG1", "innovation-infrastructure", """
en technology park | technopark | technopole
ro parc tehnologic | tehnopol
sq park teknologjik | teknopark
hu technológiai park | technopark
el τεχνολογικό πάρκο | τεχνόπολη
bg технологичен парк | технопарк
sl tehnološki park
hr tehnološki park | tehnopark
sr tehnološki park | tehnopark
sk technologický park | technopark
de Technologiepark | Technopark
it parco tecnologico | tecnopolo
mk технолошки парк | технопарк
""")

C("business-incubator", "WG1", "innovation-infrastructure", """
en business incubator | incubator | incubation | start-up incubator
ro incubator de afaceri | incubator | incubare
sq inkubator biznesi | inkubator
hu vállalkozói inkubátor | inkubátor | inkubáció | inkubátorház
el θερμοκοιτίδα | θερμοκοιτίδα επιχειρήσεων | εκκολαπτήριο επιχειρήσεων
bg бизнес инкубатор | инкубатор
sl podjetniški inkubator | inkubator
hr poduzetnički inkubator | inkubator
sr biznis inkubator | poslovni inkubator | inkubator
sk podnikateľský inkubátor | inkubátor
de Gründerzentrum | Inkubator | Technologie- und Gründerzentrum
it incubatore d'impresa | incubatore | incubazione
mk бизнис инкубатор | инкубатор
""")

C("business-accelerator", "WG1", "innovation-infrastructure", """
en business accelerator | accelerator | acceleration programme
ro accelerator de afaceri | accelerator | program de accelerare
sq përshpejtues biznesi | akselerator
hu akcelerátor | vállalkozásgyorsító | akcelerátorprogram
el επιταχυντής επιχειρήσεων | επιταχυντής
bg бизнес ускорител | акселератор | ускорител
sl podjetniški pospeševalnik | pospeševalnik
hr poslovni akcelerator | akcelerator
sr biznis akcelerator | akcelerator
sk podnikateľský akcelerátor | akcelerátor
de Accelerator | Akzelerator | Start-up-Accelerator
it acceleratore d'impresa | acceleratore | programma di accelerazione
mk бизнис акцелератор | акцелератор
""")

C("competence-centre", "WG1", "innovation-infrastructure", """
en competence centre | technology centre | innovation centre
ro centru de competență | centru tehnologic | centru de inovare
sq qendër kompetence | qendër inovacioni
hu kompetenciaközpont | technológiai központ | innovációs központ
el κέντρο ικανοτήτων | κέντρο καινοτομίας | τεχνολογικό κέντρο
bg център за компетентност | технологичен център | иновационен център
sl kompetenčni center | tehnološki center | inovacijski center
hr centar kompetencija | tehnološki centar | inovacijski centar
sr centar kompetencija | tehnološki centar | inovacioni centar
sk kompetenčné centrum | technologické centrum | inovačné centrum
de Kompetenzzentrum | Technologiezentrum | Innovationszentrum
it centro di competenza | centro tecnologico | centro per l'innovazione
mk центар за компетенции | технолошки центар | иновациски центар
""")

C("digital-innovation-hub", "WG1", "innovation-infrastructure", """
en digital innovation hub | DIH | European Digital Innovation Hub | EDIH
ro centru de inovare digitală | centru european de inovare digitală | EDIH
sq qendër e inovacionit dixhital | hub i inovacionit dixhital
hu digitális innovációs központ | európai digitális innovációs központ | EDIH
el κόμβος ψηφιακής καινοτομίας | ευρωπαϊκός κόμβος ψηφιακής καινοτομίας | EDIH
bg цифров иновационен хъб | европейски цифров иновационен хъб | ЕЦИХ
sl digitalno inovacijsko stičišče | evropsko digitalno inovacijsko stičišče | EDIH
hr centar za digitalne inovacije | europski centar za digitalne inovacije | EDIH
sr centar za digitalne inovacije | hab za digitalne inovacije
sk centrum digitálnych inovácií | európske centrum digitálnych inovácií | EDIH
de digitaler Innovationshub | Europäischer Digitaler Innovationshub | EDIH
it polo di innovazione digitale | polo europeo dell'innovazione digitale | EDIH | digital innovation hub
mk центар за дигитални иновации | хаб за дигитални иновации
""")

C("living-lab", "WG1", "innovation-infrastructure", """
en living lab | living laboratory
ro laborator viu | living lab
sq laborator i gjallë | living lab
hu élő labor | living lab
el ζωντανό εργαστήριο | living lab
bg жива лаборатория
sl živi laboratorij
hr živi laboratorij | living lab
sr živa laboratorija | living lab
sk živé laboratórium | living lab
de Reallabor | Living Lab
it laboratorio vivente | living lab
mk жива лабораторија
""")

C("testbed", "WG1", "innovation-infrastructure", """
en testbed | test bed | testing and experimentation facility | TEF | test facility
ro bancă de testare | facilitate de testare și experimentare | infrastructură de testare
sq mjedis testimi | strukturë testimi dhe eksperimentimi
hu tesztkörnyezet | tesztelési és kísérleti létesítmény
el υποδομή δοκιμών | εγκατάσταση δοκιμών και πειραματισμού | testbed
bg изпитвателна база | съоръжение за изпитване и експериментиране
sl testno okolje | preizkusno okolje
hr ispitno okruženje | objekt za testiranje i eksperimentiranje
sr test okruženje | infrastruktura za testiranje i eksperimentisanje
sk testovacie prostredie | testovacie a experimentálne zariadenie
de Testfeld | Testumgebung | Test- und Versuchseinrichtung | Testbed
it banco di prova | infrastruttura di prova e sperimentazione | testbed
mk тест-околина | капацитет за тестирање и експериментирање
""")

C("pilot-line", "WG1", "innovation-infrastructure", """
en pilot line | pilot plant | demonstration plant
ro linie pilot | instalație pilot
sq linjë pilot | impiant pilot
hu kísérleti gyártósor | mintaüzem
el πιλοτική γραμμή παραγωγής | πιλοτική μονάδα
bg пилотна линия | пилотна инсталация
sl pilotna linija | pilotna naprava
hr pilot-linija | pilot-postrojenje
sr pilot linija | pilot postrojenje
sk pilotná linka | pilotné zariadenie
de Pilotlinie | Pilotanlage | Demonstrationsanlage
it linea pilota | impianto pilota
mk пилот-линија | пилот-постројка
""")

C("prototype", "WG1", "experimental-development", """
en prototype | demonstrator | proof of concept | prototyping
ro prototip | demonstrator | dovadă de concept
sq prototip | provë e konceptit
hu prototípus | demonstrátor | koncepcióigazolás
el πρωτότυπο | απόδειξη ιδέας
bg прототип | доказване на концепцията
sl prototip | demonstrator | dokaz koncepta
hr prototip | dokaz koncepta
sr prototip | dokaz koncepta
sk prototyp | overenie koncepcie
de Prototyp | Demonstrator | Machbarkeitsnachweis | Proof of Concept
it prototipo | dimostratore | prova di concetto | proof of concept
mk прототип | доказ за концепт
""")

C("open-innovation", "WG1", "innovation", """
en open innovation
ro inovare deschisă
sq inovacion i hapur
hu nyílt innováció
el ανοικτή καινοτομία
bg отворени иновации | отворена иновация
sl odprte inovacije | odprto inoviranje
hr otvorene inovacije
sr otvorene inovacije
sk otvorená inovácia
de Open Innovation | offene Innovation
it innovazione aperta | open innovation
mk отворени иновации
""")

C("product-innovation", "WG1", "innovation", """
en product innovation | new product development
ro inovare de produs | dezvoltare de produse noi
sq inovacion produkti | zhvillim i produkteve të reja
hu termékinnováció | termékfejlesztés
el καινοτομία προϊόντος | ανάπτυξη νέων προϊόντων
bg продуктова иновация | разработване на нови продукти
sl produktna inovacija | razvoj novih izdelkov
hr inovacija proizvoda | razvoj novih proizvoda
sr inovacija proizvoda | razvoj novih proizvoda
sk produktová inovácia | vývoj nových výrobkov
de Produktinnovation | Produktentwicklung
it innovazione di prodotto | sviluppo di nuovi prodotti
mk иновација на производ | развој на нови производи
""")

C("process-innovation", "WG1", "innovation", """
en process innovation
ro inovare de proces
sq inovacion procesi
hu folyamatinnováció | eljárásinnováció
el καινοτομία διαδικασιών
bg процесна иновация
sl procesna inovacija
hr inovacija procesa
sr inovacija procesa
sk procesná inovácia
de Prozessinnovation | Verfahrensinnovation
it innovazione di processo
mk иновација на процес
""")

C("organisational-innovation", "WG1", "innovation", """
en organisational innovation | non-technological innovation | marketing innovation | business model innovation
ro inovare organizațională | inovare netehnologică | inovare de marketing | inovare a modelului de afaceri
sq inovacion organizativ | inovacion jo-teknologjik
hu szervezeti innováció | nem technológiai innováció | marketinginnováció | üzletimodell-innováció
el οργανωτική καινοτομία | μη τεχνολογική καινοτομία | καινοτομία μάρκετινγκ
bg организационна иновация | нетехнологична иновация | маркетингова иновация
sl organizacijska inovacija | netehnološka inovacija | trženjska inovacija
hr organizacijska inovacija | netehnološka inovacija | marketinška inovacija
sr organizaciona inovacija | netehnološka inovacija | marketinška inovacija
sk organizačná inovácia | netechnologická inovácia | marketingová inovácia
de organisatorische Innovation | nichttechnologische Innovation | Marketinginnovation | Geschäftsmodellinnovation
it innovazione organizzativa | innovazione non tecnologica | innovazione di marketing | innovazione del modello di business
mk организациска иновација | нетехнолошка иновација | маркетинг иновација
""")

C("social-innovation", "WG1 WG6", "innovation", """
en social innovation
ro inovare socială
sq inovacion social
hu társadalmi innováció
el κοινωνική καινοτομία
bg социална иновация
sl družbena inovacija | socialna inovacija
hr društvena inovacija | socijalna inovacija
sr socijalna inovacija | društvena inovacija
sk sociálna inovácia
de soziale Innovation
it innovazione sociale
mk социјална иновација
""")

C("innovation-management", "WG1", "innovation", """
en innovation management
ro management al inovării
sq menaxhim i inovacionit
hu innovációmenedzsment
el διαχείριση καινοτομίας
bg управление на иновациите
sl upravljanje inovacij
hr upravljanje inovacijama
sr upravljanje inovacijama
sk manažment inovácií | riadenie inovácií
de Innovationsmanagement
it gestione dell'innovazione
mk управување со иновации
""")

C("innovation-audit", "WG1", "innovation-management", """
en innovation audit | technology audit | innovation diagnosis
ro audit de inovare | audit tehnologic
sq auditim i inovacionit
hu innovációs audit | technológiai audit
el έλεγχος καινοτομίας | τεχνολογικός έλεγχος
bg иновационен одит | технологичен одит
sl inovacijski audit | tehnološka presoja
hr inovacijski audit | tehnološki audit
sr inovacioni audit | tehnološki audit
sk inovačný audit | technologický audit
de Innovationsaudit | Technologieaudit
it audit dell'innovazione | audit tecnologico
mk иновациска ревизија | технолошка ревизија
""")

C("technology-readiness-level", "WG1", "innovation-management", """
en technology readiness level | TRL
ro nivel de maturitate tehnologică | TRL
sq nivel i gatishmërisë teknologjike | TRL
hu technológiai érettségi szint | TRL
el επίπεδο τεχνολογικής ετοιμότητας | TRL
bg ниво на технологична готовност | TRL
sl stopnja tehnološke pripravljenosti | TRL
hr razina tehnološke spremnosti | TRL
sr nivo tehnološke spremnosti | TRL
sk úroveň technologickej pripravenosti | TRL
de Technologie-Reifegrad | TRL
it livello di maturità tecnologica | TRL
mk ниво на технолошка подготвеност | TRL
""")

C("technology-foresight", "WG1 WG5", "innovation-management", """
en technology foresight | foresight study
ro prospectivă tehnologică | foresight tehnologic
sq parashikim teknologjik | foresight
hu technológiai előretekintés | foresight
el τεχνολογική προοπτική | foresight
bg технологично прогнозиране | форсайт
sl tehnološko napovedovanje | foresight
hr tehnološko predviđanje | foresight
sr tehnološko predviđanje | forsajt
sk technologické predvídanie | foresight
de Technologievorausschau | Foresight
it previsione tecnologica | foresight tecnologico
mk технолошко предвидување | форсајт
""")

C("innovation-ecosystem", "WG1 WG5", "innovation", """
en innovation ecosystem | startup ecosystem | entrepreneurial ecosystem
ro ecosistem de inovare | ecosistem antreprenorial
sq ekosistem inovacioni | ekosistem sipërmarrës
hu innovációs ökoszisztéma | startup-ökoszisztéma
el οικοσύστημα καινοτομίας | επιχειρηματικό οικοσύστημα
bg иновационна екосистема | предприемаческа екосистема
sl inovacijski ekosistem | podjetniški ekosistem
hr inovacijski ekosustav | poduzetnički ekosustav
sr inovacioni ekosistem | preduzetnički ekosistem
sk inovačný ekosystém | podnikateľský ekosystém
de Innovationsökosystem | Gründerökosystem
it ecosistema dell'innovazione | ecosistema imprenditoriale
mk иновациски екосистем | претприемачки екосистем
""")

C("absorptive-capacity", "WG1 WG5", "innovation", """
en absorptive capacity | innovation capacity
ro capacitate de absorbție a cunoștințelor | capacitate de inovare
sq kapacitet absorbues | kapacitet inovativ
hu tudásabszorpciós képesség | innovációs képesség
el απορροφητική ικανότητα | ικανότητα καινοτομίας
bg способност за усвояване на знания | иновационен капацитет
sl sposobnost absorpcije znanja | inovacijska sposobnost
hr sposobnost apsorpcije znanja | inovacijski kapacitet
sr sposobnost apsorpcije znanja | inovacioni kapacitet
sk schopnosť absorbovať znalosti | inovačná kapacita
de Absorptionsfähigkeit | Innovationsfähigkeit
it capacità di assorbimento delle conoscenze | capacità innovativa
mk способност за апсорпција на знаење | иновациски капацитет
""")

C("innovation-scoreboard", "WG1 WG5", "innovation", """
en innovation scoreboard | European Innovation Scoreboard | Regional Innovation Scoreboard | EIS
ro tablou de bord european privind inovarea | tablou de bord regional privind inovarea
sq tabela evropiane e rezultateve të inovacionit
hu európai innovációs eredménytábla | regionális innovációs eredménytábla
el ευρωπαϊκός πίνακας αποτελεσμάτων καινοτομίας | περιφερειακός πίνακας αποτελεσμάτων καινοτομίας
bg европейско табло за иновациите | регионално табло за иновациите
sl evropski inovacijski semafor | regionalni inovacijski semafor
hr europski pregled stanja u području inovacija | regionalni pregled stanja u području inovacija
sr evropski pregled inovacija | regionalni pregled inovacija
sk európsky hodnotiaci prehľad inovácií | regionálny hodnotiaci prehľad inovácií
de Europäischer Innovationsanzeiger | Regionaler Innovationsanzeiger
it quadro di valutazione europeo dell'innovazione | quadro di valutazione regionale dell'innovazione
mk европски преглед на иновациите | регионален преглед на иновациите
""")

C("intellectual-property", "WG1", "innovation", """
en intellectual property | intellectual property rights | IPR | industrial property
ro proprietate intelectuală | drepturi de proprietate intelectuală | DPI | proprietate industrială
sq pronësi intelektuale | të drejtat e pronësisë intelektuale | pronësi industriale
hu szellemi tulajdon | szellemitulajdon-jog | iparjogvédelem
el πνευματική ιδιοκτησία | δικαιώματα πνευματικής ιδιοκτησίας | βιομηχανική ιδιοκτησία
bg интелектуална собственост | права на интелектуална собственост | индустриална собственост
sl intelektualna lastnina | pravice intelektualne lastnine | industrijska lastnina
hr intelektualno vlasništvo | prava intelektualnog vlasništva | industrijsko vlasništvo
sr intelektualna svojina | prava intelektualne svojine | industrijska svojina
sk duševné vlastníctvo | práva duševného vlastníctva | priemyselné vlastníctvo
de geistiges Eigentum | Rechte des geistigen Eigentums | gewerblicher Rechtsschutz | Schutzrechte
it proprietà intellettuale | diritti di proprietà intellettuale | DPI | proprietà industriale
mk интелектуална сопственост | права од интелектуална сопственост | индустриска сопственост
""")

C("patent", "WG1", "intellectual-property", """
en patent | patent application | utility model
ro brevet | brevet de invenție | cerere de brevet | model de utilitate
sq patentë | model përdorimi
hu szabadalom | szabadalmi bejelentés | használati minta
el δίπλωμα ευρεσιτεχνίας | πατέντα | υπόδειγμα χρησιμότητας
bg патент | полезен модел
sl patent | patentna prijava
hr patent | patentna prijava
sr patent | patentna prijava | mali patent
sk patent | úžitkový vzor
de Patent | Patentanmeldung | Gebrauchsmuster
it brevetto | domanda di brevetto | modello di utilità
mk патент | пријава за патент
""")

C("trademark", "WG1", "intellectual-property", """
en trademark | trade mark
ro marcă | marcă înregistrată
sq markë tregtare
hu védjegy
el εμπορικό σήμα
bg търговска марка
sl blagovna znamka
hr žig | zaštitni znak
sr žig | zaštitni znak
sk ochranná známka
de Marke | Markenzeichen | Warenzeichen
it marchio | marchio registrato
mk трговска марка | жиг
""")

C("licensing", "WG1", "intellectual-property", """
en licensing | licence agreement | technology licensing
ro licențiere | contract de licență
sq licencim | marrëveshje licence
hu licencbe adás | licencszerződés
el παραχώρηση άδειας εκμετάλλευσης | σύμβαση άδειας εκμετάλλευσης
bg лицензиране | лицензионен договор
sl licenciranje | licenčna pogodba
hr licenciranje | ugovor o licenciji
sr licenciranje | ugovor o licenci
sk licencovanie | licenčná zmluva
de Lizenzierung | Lizenzvertrag
it concessione in licenza | contratto di licenza
mk лиценцирање | договор за лиценца
""")

C("spin-off", "WG1", "start-up", """
en spin-off | spin-out | university spin-off | academic spin-off
ro spin-off | firmă spin-off | spin-off universitar
sq spin-off | ndërmarrje spin-off
hu spin-off | spin-off cég | egyetemi spin-off
el τεχνοβλαστός | spin-off
bg отделящо се дружество | спин-оф | спин-оф компания
sl odcepljeno podjetje | spin-off | spin-off podjetje
hr spin-off | spin-off tvrtka
sr spin-off | spin-off kompanija
sk spin-off | spin-off firma
de Ausgründung | Spin-off | Spin-off-Unternehmen
it spin-off | spin-off universitario | spin-off accademico
mk спин-оф | спин-оф компанија
""")

C("start-up", "WG1 WG4", "enterprise", """
en start-up | startup | new venture | business start-up
ro start-up | startup | întreprindere nou-înființată | firmă nou-înființată
sq start-up | startup | biznes fillestar
hu startup | start-up | induló vállalkozás
el νεοφυής επιχείρηση | startup | start-up
bg стартираща компания | стартъп | стартиращо предприятие
sl zagonsko podjetje | startup | start-up
hr start-up | startup | novoosnovano poduzeće
sr startap | start-ap | startup | novoosnovano preduzeće
sk startup | start-up | začínajúci podnik
de Start-up | Startup | Neugründung | Existenzgründung
it start-up | startup | startup innovativa | nuova impresa
mk стартап | старт-ап | новоосновано претпријатие
""")

C("scale-up", "WG1 WG4", "start-up", """
en scale-up | scaleup | high-growth enterprise | gazelle
ro scale-up | firmă cu creștere rapidă | gazelă
sq scale-up | ndërmarrje me rritje të shpejtë
hu scale-up | gyorsan növekvő vállalkozás | gazella
el επιχείρηση ταχείας ανάπτυξης | scale-up
bg бързорастящо предприятие | скейлъп | газела
sl hitro rastoče podjetje | gazela | scale-up
hr brzorastuće poduzeće | gazela | scale-up
sr brzorastuće preduzeće | gazela | scale-up
sk rýchlo rastúci podnik | gazela | scale-up
de Scale-up | wachstumsstarkes Unternehmen | Gazelle
it scale-up | impresa ad alta crescita | gazzella
mk брзорастечко претпријатие | газела
""")

C("standardisation", "WG1 WG3", "innovation", """
en standardisation | standardization | technical standard
ro standardizare | standard tehnic
sq standardizim | standard teknik
hu szabványosítás | műszaki szabvány
el τυποποίηση | πρότυπο τυποποίησης
bg стандартизация | технически стандарт
sl standardizacija | tehnični standard
hr normizacija | standardizacija | norma
sr standardizacija | tehnički standard
sk normalizácia | štandardizácia | technická norma
de Normung | Standardisierung | Norm
it normazione | standardizzazione | norma tecnica
mk стандардизација | технички стандард
""")

C("certification", "WG1 WG3", "standardisation", """
en certification | conformity assessment | quality certification | ISO certification
ro certificare | evaluare a conformității | certificare ISO
sq certifikim | vlerësim i konformitetit
hu tanúsítás | megfelelőségértékelés
el πιστοποίηση | αξιολόγηση της συμμόρφωσης
bg сертифициране | оценяване на съответствието
sl certificiranje | ugotavljanje skladnosti
hr certifikacija | ocjenjivanje sukladnosti
sr sertifikacija | ocenjivanje usaglašenosti
sk certifikácia | posudzovanie zhody
de Zertifizierung | Konformitätsbewertung
it certificazione | valutazione della conformità
mk сертификација | оцена на сообразност
""")

# ---------------------------------------------------------------------------------------
# WG1 Digital transformation and key enabling technologies
# ---------------------------------------------------------------------------------------

C("digital-transformation", "WG1 WG6", None, """
en digital transformation | digitalisation | digitalization | digitisation
ro transformare digitală | digitalizare
sq transformim dixhital | dixhitalizim
hu digitális átalakulás | digitalizáció | digitális transzformáció
el ψηφιακός μετασχηματισμός | ψηφιοποίηση
bg цифрова трансформация | цифровизация | дигитализация
sl digitalna preobrazba | digitalizacija
hr digitalna transformacija | digitalizacija
sr digitalna transformacija | digitalizacija
sk digitálna transformácia | digitalizácia
de digitale Transformation | Digitalisierung
it trasformazione digitale | digitalizzazione
mk дигитална трансформација | дигитализација
""")

C("industry-4-0", "WG1", "digital-transformation", """
en Industry 4.0 | fourth industrial revolution | smart manufacturing | smart factory
ro Industria 4.0 | a patra revoluție industrială | fabrică inteligentă
sq Industria 4.0 | revolucioni i katërt industrial
hu Ipar 4.0 | negyedik ipari forradalom | okosgyár
el Βιομηχανία 4.0 | τέταρτη βιομηχανική επανάσταση | έξυπνο εργοστάσιο
bg Индустрия 4.0 | четвърта индустриална революция | интелигентна фабрика
sl Industrija 4.0 | četrta industrijska revolucija | pametna tovarna
hr Industrija 4.0 | četvrta industrijska revolucija | pametna tvornica
sr Industrija 4.0 | četvrta industrijska revolucija | pametna fabrika
sk Priemysel 4.0 | štvrtá priemyselná revolúcia | inteligentná továreň
de Industrie 4.0 | vierte industrielle Revolution | Smart Factory
it Industria 4.0 | Impresa 4.0 | quarta rivoluzione industriale | fabbrica intelligente
mk Индустрија 4.0 | четврта индустриска револуција | паметна фабрика
""")

C("key-enabling-technologies", "WG1 WG5", "innovation", """
en key enabling technologies | KETs | KET
ro tehnologii generice esențiale | TGE
sq teknologji kyçe mundësuese
hu kulcsfontosságú alaptechnológiák | KET
el βασικές τεχνολογίες γενικής εφαρμογής | ΒΤΓΕ
bg ключови базови технологии | КБТ
sl ključne omogočitvene tehnologije | KET
hr ključne razvojne tehnologije | KET
sr ključne omogućavajuće tehnologije | KET
sk kľúčové podporné technológie | KET
de Schlüsseltechnologien | Schlüsselbasistechnologien | KET
it tecnologie abilitanti fondamentali | tecnologie abilitanti | KET
mk клучни овозможувачки технологии
""")

C("artificial-intelligence", "WG1", "digital-transformation", """
en artificial intelligence | AI | machine learning
ro inteligență artificială | IA | învățare automată
sq inteligjencë artificiale
hu mesterséges intelligencia | MI | gépi tanulás
el τεχνητή νοημοσύνη | ΤΝ | μηχανική μάθηση
bg изкуствен интелект | ИИ | машинно обучение
sl umetna inteligenca | UI | strojno učenje
hr umjetna inteligencija | UI | strojno učenje
sr veštačka inteligencija | VI | mašinsko učenje
sk umelá inteligencia | UI | strojové učenie
de künstliche Intelligenz | KI | maschinelles Lernen
it intelligenza artificiale | IA | apprendimento automatico
mk вештачка интелигенција | машинско учење
""")

C("internet-of-things", "WG1", "digital-transformation", """
en Internet of Things | IoT
ro Internetul lucrurilor | IoT
sq Interneti i gjërave | IoT
hu dolgok internete | IoT
el Διαδίκτυο των Πραγμάτων | IoT
bg интернет на нещата | IoT
sl internet stvari | IoT
hr internet stvari | IoT
sr internet stvari | IoT
sk internet vecí | IoT
de Internet der Dinge | IoT
it Internet delle cose | IoT
mk интернет на нештата | IoT
""")

C("big-data", "WG1", "digital-transformation", """
en big data | data analytics | data economy
ro big data | volume mari de date | analiză de date
sq të dhëna masive | big data
hu big data | nagy adat | adatelemzés
el μαζικά δεδομένα | big data | ανάλυση δεδομένων
bg големи данни | анализ на данни
sl masovni podatki | veliki podatki | analitika podatkov
hr veliki podaci | analiza podataka
sr veliki podaci | analitika podataka
sk veľké dáta | dátová analytika
de Big Data | Datenanalyse | Datenwirtschaft
it big data | analisi dei dati | economia dei dati
mk големи податоци | анализа на податоци
""")

C("cloud-computing", "WG1", "digital-transformation", """
en cloud computing | cloud services
ro cloud computing | servicii cloud
sq kompjutim në re | shërbime cloud
hu felhőalapú számítástechnika | felhőszolgáltatás
el υπολογιστικό νέφος | υπηρεσίες νέφους
bg изчисления в облак | облачни услуги
sl računalništvo v oblaku | storitve v oblaku
hr računalstvo u oblaku | usluge u oblaku
sr računarstvo u oblaku | usluge u oblaku
sk cloud computing | cloudové služby
de Cloud-Computing | Cloud-Dienste
it cloud computing | servizi cloud
mk пресметување во облак | облак услуги
""")

C("cybersecurity", "WG1", "digital-transformation", """
en cybersecurity | cyber security | information security
ro securitate cibernetică
sq siguri kibernetike
hu kiberbiztonság | információbiztonság
el κυβερνοασφάλεια
bg киберсигурност
sl kibernetska varnost
hr kibernetička sigurnost
sr sajber bezbednost | informaciona bezbednost
sk kybernetická bezpečnosť
de Cybersicherheit | IT-Sicherheit
it cybersicurezza | sicurezza informatica
mk сајбер безбедност | кибернетичка безбедност
""")

C("additive-manufacturing", "WG1", "advanced-manufacturing", """
en additive manufacturing | 3D printing
ro fabricație aditivă | imprimare 3D
sq prodhim aditiv | printim 3D
hu additív gyártás | 3D nyomtatás
el προσθετική κατασκευή | τρισδιάστατη εκτύπωση
bg адитивно производство | 3D печат
sl aditivna proizvodnja | 3D tisk
hr aditivna proizvodnja | 3D ispis
sr aditivna proizvodnja | 3D štampa
sk aditívna výroba | 3D tlač
de additive Fertigung | 3D-Druck
it manifattura additiva | stampa 3D
mk адитивно производство | 3Д печатење
""")

C("robotics", "WG1", "advanced-manufacturing", """
en robotics | automation | industrial robot
ro robotică | automatizare
sq robotikë | automatizim
hu robotika | automatizálás
el ρομποτική | αυτοματοποίηση
bg роботика | автоматизация
sl robotika | avtomatizacija
hr robotika | automatizacija
sr robotika | automatizacija
sk robotika | automatizácia
de Robotik | Automatisierung
it robotica | automazione
mk роботика | автоматизација
""")

C("advanced-manufacturing", "WG1 WG5", "key-enabling-technologies", """
en advanced manufacturing | advanced manufacturing technologies
ro fabricație avansată | tehnologii avansate de fabricație
sq prodhim i avancuar
hu fejlett gyártás | fejlett gyártási technológiák
el προηγμένη μεταποίηση | προηγμένες τεχνολογίες παραγωγής
bg модерно производство | напреднали производствени технологии
sl napredna proizvodnja | napredne proizvodne tehnologije
hr napredna proizvodnja | napredne proizvodne tehnologije
sr napredna proizvodnja | napredne proizvodne tehnologije
sk pokročilá výroba | pokročilé výrobné technológie
de fortschrittliche Fertigung | fortgeschrittene Fertigungstechnologien
it manifattura avanzata | tecnologie di produzione avanzate
mk напредно производство | напредни производствени технологии
""")

C("advanced-materials", "WG1 WG5", "key-enabling-technologies", """
en advanced materials | new materials
ro materiale avansate | materiale noi
sq materiale të avancuara
hu fejlett anyagok | új anyagok
el προηγμένα υλικά | νέα υλικά
bg нови материали | съвременни материали
sl napredni materiali | novi materiali
hr napredni materijali | novi materijali
sr napredni materijali | novi materijali
sk pokročilé materiály | nové materiály
de fortschrittliche Werkstoffe | neue Werkstoffe | Hochleistungswerkstoffe
it materiali avanzati
mk напредни материјали | нови материјали
""")

C("nanotechnology", "WG1", "key-enabling-technologies", """
en nanotechnology | nanotechnologies
ro nanotehnologie
sq nanoteknologji
hu nanotechnológia
el νανοτεχνολογία
bg нанотехнология | нанотехнологии
sl nanotehnologija
hr nanotehnologija
sr nanotehnologija
sk nanotechnológia
de Nanotechnologie
it nanotecnologia
mk нанотехнологија
""")

C("biotechnology", "WG1", "key-enabling-technologies", """
en biotechnology | industrial biotechnology
ro biotehnologie
sq bioteknologji
hu biotechnológia
el βιοτεχνολογία
bg биотехнология | биотехнологии
sl biotehnologija
hr biotehnologija
sr biotehnologija
sk biotechnológia
de Biotechnologie
it biotecnologia
mk биотехнологија
""")

C("photonics", "WG1", "key-enabling-technologies", """
en photonics | optoelectronics
ro fotonică | optoelectronică
sq fotonikë
hu fotonika | optoelektronika
el φωτονική | οπτοηλεκτρονική
bg фотоника | оптоелектроника
sl fotonika | optoelektronika
hr fotonika | optoelektronika
sr fotonika | optoelektronika
sk fotonika | optoelektronika
de Photonik | Optoelektronik
it fotonica | optoelettronica
mk фотоника | оптоелектроника
""")

C("micro-nanoelectronics", "WG1", "key-enabling-technologies", """
en micro- and nanoelectronics | microelectronics | semiconductors
ro micro- și nanoelectronică | microelectronică | semiconductori
sq mikroelektronikë | gjysmëpërçues
hu mikro- és nanoelektronika | mikroelektronika | félvezetők
el μικρο- και νανοηλεκτρονική | μικροηλεκτρονική | ημιαγωγοί
bg микро- и наноелектроника | микроелектроника | полупроводници
sl mikro- in nanoelektronika | mikroelektronika | polprevodniki
hr mikro- i nanoelektronika | mikroelektronika | poluvodiči
sr mikro- i nanoelektronika | mikroelektronika | poluprovodnici
sk mikro- a nanoelektronika | mikroelektronika | polovodiče
de Mikro- und Nanoelektronik | Mikroelektronik | Halbleiter
it micro e nanoelettronica | microelettronica | semiconduttori
mk микро- и наноелектроника | микроелектроника | полупроводници
""")

# ---------------------------------------------------------------------------------------
# WG2 Sustainability
# ---------------------------------------------------------------------------------------

C("sustainable-development", "WG2", None, """
en sustainable development | sustainability
ro dezvoltare durabilă | sustenabilitate | durabilitate
sq zhvillim i qëndrueshëm | qëndrueshmëri
hu fenntartható fejlődés | fenntarthatóság
el βιώσιμη ανάπτυξη | αειφόρος ανάπτυξη | βιωσιμότητα | αειφορία
bg устойчиво развитие | устойчивост
sl trajnostni razvoj | trajnost
hr održivi razvoj | održivost
sr održivi razvoj | održivost
sk udržateľný rozvoj | udržateľnosť
de nachhaltige Entwicklung | Nachhaltigkeit
it sviluppo sostenibile | sostenibilità
mk одржлив развој | одржливост
""")

C("sustainable-development-goals", "WG2", "sustainable-development", """
en Sustainable Development Goals | SDGs | Agenda 2030
ro Obiectivele de Dezvoltare Durabilă | ODD | Agenda 2030
sq Objektivat e Zhvillimit të Qëndrueshëm | Agenda 2030
hu fenntartható fejlődési célok | SDG
el Στόχοι Βιώσιμης Ανάπτυξης | ΣΒΑ | Ατζέντα 2030
bg цели за устойчиво развитие | ЦУР | Програма 2030
sl cilji trajnostnega razvoja | Agenda 2030
hr ciljevi održivog razvoja | Agenda 2030
sr ciljevi održivog razvoja | Agenda 2030
sk ciele udržateľného rozvoja | Agenda 2030
de Ziele für nachhaltige Entwicklung | Nachhaltigkeitsziele | SDGs | Agenda 2030
it obiettivi di sviluppo sostenibile | SDGs | Agenda 2030
mk цели за одржлив развој | Агенда 2030
""")

C("environmental-protection", "WG2", "sustainable-development", """
en environmental protection | environment protection
ro protecție a mediului | mediu înconjurător
sq mbrojtje e mjedisit | mjedis
hu környezetvédelem
el προστασία του περιβάλλοντος | περιβάλλον
bg опазване на околната среда | околна среда
sl varstvo okolja | okolje
hr zaštita okoliša | okoliš
sr zaštita životne sredine | životna sredina
sk ochrana životného prostredia | životné prostredie
de Umweltschutz | Umwelt
it tutela dell'ambiente | protezione dell'ambiente | ambiente
mk заштита на животната средина | животна средина
""")

C("green-transition", "WG2", "sustainable-development", """
en green transition | green transformation | ecological transition
ro tranziție verde | tranziție ecologică
sq tranzicion i gjelbër
hu zöld átállás | zöld átmenet | ökológiai átállás
el πράσινη μετάβαση | οικολογική μετάβαση
bg зелен преход | екологичен преход
sl zeleni prehod | zelena preobrazba
hr zelena tranzicija | zeleni prijelaz
sr zelena tranzicija
sk zelená transformácia | zelená tranzícia
de grüner Wandel | grüne Transformation | ökologische Transformation
it transizione verde | transizione ecologica
mk зелена транзиција
""")

C("twin-transition", "WG1 WG2", "green-transition", """
en twin transition | green and digital transition | double transition
ro tranziție dublă | tranziție verde și digitală
sq tranzicion i dyfishtë | tranzicion i gjelbër dhe dixhital
hu kettős átállás | zöld és digitális átállás
el διττή μετάβαση | πράσινη και ψηφιακή μετάβαση
bg двоен преход | зелен и цифров преход
sl dvojni prehod | zeleni in digitalni prehod
hr dvostruka tranzicija | zelena i digitalna tranzicija
sr dvostruka tranzicija | zelena i digitalna tranzicija
sk dvojitá transformácia | zelená a digitálna transformácia
de doppelte Transformation | grüne und digitale Transformation | Twin Transition
it duplice transizione | transizione verde e digitale
mk двојна транзиција | зелена и дигитална транзиција
""")

C("european-green-deal", "WG2", "green-transition", """
en European Green Deal | Green Deal | Green Agenda for the Western Balkans
ro Pactul verde european
sq Marrëveshja e Gjelbër Evropiane | Agjenda e Gjelbër për Ballkanin Perëndimor
hu európai zöld megállapodás
el Ευρωπαϊκή Πράσινη Συμφωνία
bg Европейски зелен пакт | Зелена сделка
sl evropski zeleni dogovor
hr europski zeleni plan
sr Evropski zeleni dogovor | Zelena agenda za Zapadni Balkan
sk Európska zelená dohoda
de europäischer Grüner Deal | Green Deal
it Green Deal europeo | Patto verde europeo
mk Европски зелен договор | Зелена агенда за Западен Балкан
""")

C("just-transition", "WG2 WG4 WG6", "green-transition", """
en just transition | Just Transition Fund | JTF | coal regions in transition
ro tranziție justă | Fondul pentru o tranziție justă | FTJ
sq tranzicion i drejtë
hu méltányos átállás | Méltányos Átállást Támogató Alap
el δίκαιη μετάβαση | Ταμείο Δίκαιης Μετάβασης | ΤΔΜ
bg справедлив преход | Фонд за справедлив преход | ФСП
sl pravični prehod | Sklad za pravični prehod
hr pravedna tranzicija | Fond za pravednu tranziciju
sr pravedna tranzicija
sk spravodlivá transformácia | Fond na spravodlivú transformáciu
de gerechter Übergang | Fonds für einen gerechten Übergang
it transizione giusta | Fondo per una transizione giusta | JTF
mk праведна транзиција
""")

C("circular-economy", "WG2", "sustainable-development", """
en circular economy
ro economie circulară
sq ekonomi qarkore | ekonomi rrethore
hu körforgásos gazdaság | körkörös gazdaság
el κυκλική οικονομία
bg кръгова икономика | циркулярна икономика
sl krožno gospodarstvo
hr kružno gospodarstvo
sr cirkularna ekonomija | kružna ekonomija
sk obehové hospodárstvo | cirkulárna ekonomika
de Kreislaufwirtschaft
it economia circolare
mk циркуларна економија | кружна економија
""")

C("resource-efficiency", "WG2", "circular-economy", """
en resource efficiency | material efficiency
ro eficiență a resurselor | utilizare eficientă a resurselor
sq efiçencë e burimeve | përdorim efikas i burimeve
hu erőforrás-hatékonyság | anyaghatékonyság
el αποδοτικότητα των πόρων | αποδοτική χρήση των πόρων
bg ресурсна ефективност | ефективно използване на ресурсите
sl učinkovita raba virov | snovna učinkovitost
hr učinkovitost resursa | učinkovito korištenje resursa
sr efikasnost resursa | efikasno korišćenje resursa
sk efektívne využívanie zdrojov | efektívnosť zdrojov
de Ressourceneffizienz | Materialeffizienz
it efficienza delle risorse | uso efficiente delle risorse
mk ефикасност на ресурсите | ефикасно користење на ресурсите
""")

C("industrial-symbiosis", "WG2", "circular-economy", """
en industrial symbiosis | eco-industrial park | by-product exchange
ro simbioză industrială | parc eco-industrial
sq simbiozë industriale
hu ipari szimbiózis | ökoipari park
el βιομηχανική συμβίωση | οικο-βιομηχανικό πάρκο
bg индустриална симбиоза | екоиндустриален парк
sl industrijska simbioza
hr industrijska simbioza | eko-industrijski park
sr industrijska simbioza | ekoindustrijski park
sk priemyselná symbióza | ekopriemyselný park
de industrielle Symbiose | Ökoindustriepark
it simbiosi industriale | parco eco-industriale
mk индустриска симбиоза
""")

C("waste-management", "WG2", "circular-economy", """
en waste management | waste prevention
ro gestionare a deșeurilor | prevenire a deșeurilor
sq menaxhim i mbetjeve
hu hulladékgazdálkodás | hulladékmegelőzés
el διαχείριση αποβλήτων | διαχείριση απορριμμάτων | πρόληψη αποβλήτων
bg управление на отпадъците | предотвратяване на отпадъци
sl ravnanje z odpadki | preprečevanje odpadkov
hr gospodarenje otpadom | sprječavanje nastanka otpada
sr upravljanje otpadom
sk odpadové hospodárstvo | predchádzanie vzniku odpadu
de Abfallwirtschaft | Abfallvermeidung | Abfallmanagement
it gestione dei rifiuti | prevenzione dei rifiuti
mk управување со отпад
""")

C("recycling", "WG2", "circular-economy", """
en recycling | reuse | remanufacturing
ro reciclare | reutilizare | recondiționare
sq riciklim | ripërdorim
hu újrahasznosítás | újrafelhasználás | újragyártás
el ανακύκλωση | επαναχρησιμοποίηση
bg рециклиране | повторна употреба
sl recikliranje | ponovna uporaba
hr recikliranje | ponovna uporaba
sr reciklaža | recikliranje | ponovna upotreba
sk recyklácia | opätovné použitie
de Recycling | Wiederverwendung | Wiederaufbereitung
it riciclo | riciclaggio | riutilizzo
mk рециклирање | повторна употреба
""")

C("secondary-raw-material", "WG2", "circular-economy", """
en secondary raw material | recycled material | by-product
ro materie primă secundară | material reciclat | subprodus
sq lëndë e parë dytësore | nënprodukt
hu másodlagos nyersanyag | melléktermék
el δευτερογενής πρώτη ύλη | παραπροϊόν
bg вторична суровина | страничен продукт
sl sekundarna surovina | stranski proizvod
hr sekundarna sirovina | nusproizvod
sr sekundarna sirovina | nusproizvod | sporedni proizvod
sk druhotná surovina | vedľajší produkt
de Sekundärrohstoff | Nebenprodukt | Rezyklat
it materia prima seconda | materia prima secondaria | sottoprodotto
mk секундарна суровина | нуспроизвод
""")

C("eco-design", "WG2", "circular-economy", """
en eco-design | ecodesign | design for sustainability
ro proiectare ecologică | eco-design
sq eko-dizajn | projektim ekologjik
hu ökodizájn | környezettudatos tervezés
el οικολογικός σχεδιασμός
bg екодизайн
sl ekodizajn | okoljsko primerno oblikovanje
hr ekodizajn | ekološki dizajn
sr ekodizajn | ekološki dizajn
sk ekodizajn
de Ökodesign | umweltgerechte Produktgestaltung
it progettazione ecocompatibile | ecodesign
mk екодизајн
""")

C("bioeconomy", "WG2 WG5", "circular-economy", """
en bioeconomy | bio-based economy | bio-based industry
ro bioeconomie | industrie bazată pe resurse biologice
sq bioekonomi
hu biogazdaság | bioalapú gazdaság
el βιοοικονομία
bg биоикономика
sl biogospodarstvo
hr biogospodarstvo | bioekonomija
sr bioekonomija
sk biohospodárstvo | bioekonomika
de Bioökonomie | biobasierte Wirtschaft
it bioeconomia
mk биоекономија
""")

C("eco-innovation", "WG1 WG2", "green-transition", """
en eco-innovation | green innovation | environmental innovation
ro eco-inovare | inovare verde
sq eko-inovacion | inovacion i gjelbër
hu ökoinnováció | zöld innováció
el οικοκαινοτομία | πράσινη καινοτομία | περιβαλλοντική καινοτομία
bg екоиновация | зелена иновация
sl ekoinovacija | zelena inovacija
hr ekoinovacija | zelena inovacija
sr ekoinovacija | zelena inovacija
sk ekoinovácia | zelená inovácia
de Öko-Innovation | grüne Innovation | Umweltinnovation
it eco-innovazione | innovazione verde | innovazione ambientale
mk екоиновација | зелена иновација
""")

C("clean-technologies", "WG1 WG2", "green-transition", """
en clean technologies | cleantech | environmental technologies | green technologies
ro tehnologii curate | tehnologii de mediu | tehnologii verzi
sq teknologji të pastra | teknologji të gjelbra
hu tiszta technológiák | környezetvédelmi technológiák | zöld technológiák
el καθαρές τεχνολογίες | περιβαλλοντικές τεχνολογίες | πράσινες τεχνολογίες
bg чисти технологии | екологични технологии | зелени технологии
sl čiste tehnologije | okoljske tehnologije | zelene tehnologije
hr čiste tehnologije | okolišne tehnologije | zelene tehnologije
sr čiste tehnologije | ekološke tehnologije | zelene tehnologije
sk čisté technológie | environmentálne technológie | zelené technológie
de saubere Technologien | Umwelttechnologien | Umwelttechnik | Cleantech
it tecnologie pulite | tecnologie ambientali | tecnologie verdi | cleantech
mk чисти технологии | еколошки технологии | зелени технологии
""")

C("energy-efficiency", "WG2", "energy-transition", """
en energy efficiency | energy saving
ro eficiență energetică | economie de energie
sq efiçencë energjetike | kursim i energjisë
hu energiahatékonyság | energiatakarékosság | energiamegtakarítás
el ενεργειακή απόδοση | ενεργειακή αποδοτικότητα | εξοικονόμηση ενέργειας
bg енергийна ефективност | енергоспестяване
sl energetska učinkovitost | učinkovita raba energije | URE
hr energetska učinkovitost | ušteda energije
sr energetska efikasnost | ušteda energije
sk energetická efektívnosť | úspora energie
de Energieeffizienz | Energieeinsparung
it efficienza energetica | risparmio energetico
mk енергетска ефикасност | заштеда на енергија
""")

C("renewable-energy", "WG2", "energy-transition", """
en renewable energy | renewable energy sources | RES | renewables
ro energie regenerabilă | surse regenerabile de energie | SRE
sq energji e rinovueshme | burime të rinovueshme të energjisë
hu megújuló energia | megújuló energiaforrások
el ανανεώσιμες πηγές ενέργειας | ΑΠΕ | ανανεώσιμη ενέργεια
bg възобновяема енергия | възобновяеми енергийни източници | ВЕИ
sl obnovljivi viri energije | OVE | obnovljiva energija
hr obnovljivi izvori energije | OIE | obnovljiva energija
sr obnovljivi izvori energije | OIE | obnovljiva energija
sk obnoviteľné zdroje energie | OZE | obnoviteľná energia
de erneuerbare Energien | erneuerbare Energiequellen
it energia rinnovabile | fonti energetiche rinnovabili | fonti rinnovabili | FER
mk обновливи извори на енергија | ОИЕ | обновлива енергија
""")

C("energy-transition", "WG2", "green-transition", """
en energy transition | clean energy transition
ro tranziție energetică
sq tranzicion energjetik
hu energetikai átállás | energiaátmenet
el ενεργειακή μετάβαση
bg енергиен преход
sl energetski prehod
hr energetska tranzicija
sr energetska tranzicija
sk energetická transformácia | energetický prechod
de Energiewende | Energietransformation
it transizione energetica
mk енергетска транзиција
""")

C("renewable-energy-community", "WG2", "energy-transition", """
en renewable energy community | energy community | energy cooperative | prosumer
ro comunitate de energie regenerabilă | comunitate energetică | prosumator
sq komunitet i energjisë së rinovueshme | komunitet energjetik
hu megújulóenergia-közösség | energiaközösség | energiaszövetkezet
el ενεργειακή κοινότητα | κοινότητα ανανεώσιμης ενέργειας | αυτοπαραγωγός
bg общност за възобновяема енергия | енергийна общност | просюмър
sl skupnost na področju energije iz obnovljivih virov | energetska skupnost
hr zajednica obnovljive energije | energetska zajednica | kupac s vlastitom proizvodnjom
sr energetska zajednica | kupac-proizvođač
sk spoločenstvo vyrábajúce energiu z obnoviteľných zdrojov | energetické spoločenstvo
de Erneuerbare-Energie-Gemeinschaft | Energiegemeinschaft | Energiegenossenschaft | Prosumer
it comunità energetica rinnovabile | CER | comunità energetica | autoconsumo collettivo | prosumer
mk енергетска заедница | заедница за обновлива енергија | производител-потрошувач
""")

C("hydrogen", "WG1 WG2", "energy-transition", """
en hydrogen | green hydrogen | hydrogen economy | hydrogen valley
ro hidrogen | hidrogen verde | economie a hidrogenului
sq hidrogjen | hidrogjen i gjelbër
hu hidrogén | zöld hidrogén | hidrogéngazdaság
el υδρογόνο | πράσινο υδρογόνο | οικονομία υδρογόνου
bg водород | зелен водород | водородна долина
sl vodik | zeleni vodik | vodikova dolina
hr vodik | zeleni vodik | vodikova dolina
sr vodonik | zeleni vodonik
sk vodík | zelený vodík | vodíkové údolie
de Wasserstoff | grüner Wasserstoff | Wasserstoffwirtschaft
it idrogeno | idrogeno verde | hydrogen valley
mk водород | зелен водород
""")

C("decarbonisation", "WG2", "green-transition", """
en decarbonisation | decarbonization | climate neutrality | low-carbon economy | net zero
ro decarbonizare | neutralitate climatică | economie cu emisii scăzute de carbon
sq dekarbonizim | neutralitet klimatik | ekonomi me karbon të ulët
hu dekarbonizáció | klímasemlegesség | karbonsemlegesség | alacsony szén-dioxid-kibocsátású gazdaság
el απανθρακοποίηση | κλιματική ουδετερότητα | οικονομία χαμηλών εκπομπών άνθρακα
bg декарбонизация | климатична неутралност | нисковъглеродна икономика
sl razogljičenje | podnebna nevtralnost | nizkoogljično gospodarstvo
hr dekarbonizacija | klimatska neutralnost | niskougljično gospodarstvo
sr dekarbonizacija | klimatska neutralnost | niskougljenična ekonomija
sk dekarbonizácia | klimatická neutralita | nízkouhlíkové hospodárstvo
de Dekarbonisierung | Klimaneutralität | kohlenstoffarme Wirtschaft
it decarbonizzazione | neutralità climatica | economia a basse emissioni di carbonio
mk декарбонизација | климатска неутралност | нискојаглеродна економија
""")

C("greenhouse-gas-emissions", "WG2", "decarbonisation", """
en greenhouse gas emissions | GHG emissions | CO2 emissions | carbon emissions
ro emisii de gaze cu efect de seră | emisii GES | emisii de CO2
sq emetime të gazeve serrë | emetime CO2
hu üvegházhatásúgáz-kibocsátás | CO2-kibocsátás
el εκπομπές αερίων θερμοκηπίου | εκπομπές CO2
bg емисии на парникови газове | емисии на CO2
sl emisije toplogrednih plinov | emisije TGP | emisije CO2
hr emisije stakleničkih plinova | emisije CO2
sr emisije gasova sa efektom staklene bašte | emisije CO2
sk emisie skleníkových plynov | emisie CO2
de Treibhausgasemissionen | CO2-Emissionen
it emissioni di gas a effetto serra | emissioni di CO2 | emissioni climalteranti
mk емисии на стакленички гасови | емисии на CO2
""")

C("carbon-footprint", "WG2", "decarbonisation", """
en carbon footprint | environmental footprint | CO2 footprint
ro amprentă de carbon | amprentă de mediu
sq gjurmë karboni | gjurmë mjedisore
hu szénlábnyom | karbonlábnyom | ökológiai lábnyom
el αποτύπωμα άνθρακα | ανθρακικό αποτύπωμα | περιβαλλοντικό αποτύπωμα
bg въглероден отпечатък | екологичен отпечатък
sl ogljični odtis | okoljski odtis
hr ugljični otisak | okolišni otisak
sr ugljenični otisak | ekološki otisak
sk uhlíková stopa | environmentálna stopa
de CO2-Fußabdruck | CO2-Bilanz | ökologischer Fußabdruck
it impronta di carbonio | impronta ambientale | carbon footprint
mk јаглероден отпечаток | еколошки отпечаток
""")

C("climate-action", "WG2", "sustainable-development", """
en climate action | climate change mitigation | climate policy
ro acțiune climatică | atenuare a schimbărilor climatice | politică climatică
sq veprim klimatik | zbutje e ndryshimeve klimatike
hu klímavédelem | éghajlatvédelem | éghajlatváltozás mérséklése
el δράση για το κλίμα | μετριασμός της κλιματικής αλλαγής
bg действия по климата | смекчаване на изменението на климата
sl podnebni ukrepi | blažitev podnebnih sprememb
hr klimatska politika | ublažavanje klimatskih promjena
sr klimatska akcija | ublažavanje klimatskih promena
sk opatrenia v oblasti klímy | zmierňovanie zmeny klímy
de Klimaschutz | Klimapolitik
it azione per il clima | mitigazione dei cambiamenti climatici | politica climatica
mk климатска акција | ублажување на климатските промени
""")

C("climate-change-adaptation", "WG2", "climate-action", """
en climate change adaptation | climate adaptation | climate resilience
ro adaptare la schimbările climatice | reziliență climatică
sq përshtatje ndaj ndryshimeve klimatike
hu éghajlatváltozáshoz való alkalmazkodás | klímaalkalmazkodás
el προσαρμογή στην κλιματική αλλαγή | κλιματική ανθεκτικότητα
bg адаптация към изменението на климата
sl prilagajanje podnebnim spremembam
hr prilagodba klimatskim promjenama
sr prilagođavanje klimatskim promenama
sk adaptácia na zmenu klímy
de Anpassung an den Klimawandel | Klimaanpassung | Klimaresilienz
it adattamento ai cambiamenti climatici | resilienza climatica
mk прилагодување кон климатските промени
""")

C("environmental-management-system", "WG2", "environmental-protection", """
en environmental management system | eco-management and audit scheme | EMAS | ISO 14001
ro sistem de management de mediu | EMAS | ISO 14001
sq sistem i menaxhimit mjedisor | ISO 14001
hu környezetközpontú irányítási rendszer | EMAS | ISO 14001
el σύστημα περιβαλλοντικής διαχείρισης | EMAS | ISO 14001
bg система за управление на околната среда | EMAS | ISO 14001
sl sistem ravnanja z okoljem | EMAS | ISO 14001
hr sustav upravljanja okolišem | EMAS | ISO 14001
sr sistem upravljanja zaštitom životne sredine | EMAS | ISO 14001
sk systém environmentálneho manažérstva | EMAS | ISO 14001
de Umweltmanagementsystem | Umweltaudit | EMAS | ISO 14001
it sistema di gestione ambientale | EMAS | ISO 14001
mk систем за управување со животната средина | EMAS | ISO 14001
""")

C("ecolabel", "WG2", "environmental-protection", """
en ecolabel | eco-label | EU Ecolabel
ro etichetă ecologică | eticheta ecologică europeană
sq eko-etiketë | etiketë ekologjike
hu ökocímke | uniós ökocímke | környezetbarát termék védjegy
el οικολογικό σήμα | ενωσιακό οικολογικό σήμα
bg екомаркировка | екомаркировка на ЕС
sl znak za okolje | znak EU za okolje
hr znak zaštite okoliša | EU znak za okoliš
sr eko-znak | ekološki znak
sk environmentálna značka | environmentálna značka EÚ
de Umweltzeichen | EU-Umweltzeichen | Umweltlabel
it marchio di qualità ecologica | etichetta ecologica | Ecolabel UE
mk еко-ознака | еколошка ознака
""")

C("life-cycle-assessment", "WG2", "environmental-protection", """
en life cycle assessment | life cycle analysis | LCA
ro evaluare a ciclului de viață | analiză a ciclului de viață | LCA
sq vlerësim i ciklit jetësor
hu életciklus-elemzés | életciklus-értékelés | LCA
el αξιολόγηση κύκλου ζωής | ανάλυση κύκλου ζωής | LCA
bg оценка на жизнения цикъл | анализ на жизнения цикъл
sl ocena življenjskega cikla | analiza življenjskega cikla | LCA
hr procjena životnog ciklusa | analiza životnog ciklusa
sr procena životnog ciklusa | analiza životnog ciklusa
sk posudzovanie životného cyklu | analýza životného cyklu | LCA
de Lebenszyklusanalyse | Ökobilanz | LCA
it valutazione del ciclo di vita | analisi del ciclo di vita | LCA
mk оценка на животниот циклус | анализа на животниот циклус
""")

C("environmental-impact-assessment", "WG2", "environmental-protection", """
en environmental impact assessment | EIA | strategic environmental assessment | SEA
ro evaluare a impactului asupra mediului | EIM | evaluare strategică de mediu
sq vlerësim i ndikimit në mjedis | VNM
hu környezeti hatásvizsgálat | stratégiai környezeti vizsgálat
el μελέτη περιβαλλοντικών επιπτώσεων | ΜΠΕ | στρατηγική μελέτη περιβαλλοντικών επιπτώσεων | ΣΜΠΕ
bg оценка на въздействието върху околната среда | ОВОС | екологична оценка
sl presoja vplivov na okolje | PVO | celovita presoja vplivov na okolje
hr procjena utjecaja na okoliš | strateška procjena utjecaja na okoliš
sr procena uticaja na životnu sredinu | strateška procena uticaja na životnu sredinu
sk posudzovanie vplyvov na životné prostredie | EIA
de Umweltverträglichkeitsprüfung | UVP | strategische Umweltprüfung
it valutazione di impatto ambientale | VIA | valutazione ambientale strategica | VAS
mk оцена на влијанието врз животната средина | стратегиска оцена на животната средина
""")

C("corporate-social-responsibility", "WG2 WG6", "sustainable-development", """
en corporate social responsibility | CSR | ESG | responsible business conduct
ro responsabilitate socială corporativă | responsabilitate socială a întreprinderilor | CSR
sq përgjegjësi sociale e korporatave | CSR
hu vállalati társadalmi felelősségvállalás | CSR
el εταιρική κοινωνική ευθύνη | ΕΚΕ
bg корпоративна социална отговорност | КСО
sl družbena odgovornost podjetij | DOP
hr društveno odgovorno poslovanje | DOP | korporativna društvena odgovornost
sr društveno odgovorno poslovanje | korporativna društvena odgovornost
sk spoločenská zodpovednosť firiem | CSR
de unternehmerische Sozialverantwortung | Corporate Social Responsibility | CSR
it responsabilità sociale d'impresa | CSR
mk општествено одговорно работење | корпоративна општествена одговорност
""")

C("sustainable-mobility", "WG2", "sustainable-development", """
en sustainable mobility | electromobility | e-mobility | electric vehicle
ro mobilitate durabilă | electromobilitate | vehicul electric
sq lëvizshmëri e qëndrueshme | elektromobilitet | automjet elektrik
hu fenntartható mobilitás | elektromobilitás | e-mobilitás | elektromos jármű
el βιώσιμη κινητικότητα | ηλεκτροκίνηση | ηλεκτρικό όχημα
bg устойчива мобилност | електромобилност | електрическо превозно средство
sl trajnostna mobilnost | elektromobilnost | električno vozilo
hr održiva mobilnost | e-mobilnost | električno vozilo
sr održiva mobilnost | elektromobilnost | električno vozilo
sk udržateľná mobilita | elektromobilita | elektrické vozidlo
de nachhaltige Mobilität | Elektromobilität | E-Mobilität | Elektrofahrzeug
it mobilità sostenibile | mobilità elettrica | elettromobilità | veicolo elettrico
mk одржлива мобилност | електромобилност | електрично возило
""")

C("water-management", "WG2", "environmental-protection", """
en water management | wastewater treatment
ro gospodărire a apelor | epurare a apelor uzate
sq menaxhim i ujit | trajtim i ujërave të ndotura
hu vízgazdálkodás | szennyvízkezelés
el διαχείριση υδάτων | επεξεργασία λυμάτων
bg управление на водите | пречистване на отпадъчни води
sl upravljanje voda | čiščenje odpadnih voda
hr upravljanje vodama | pročišćavanje otpadnih voda
sr upravljanje vodama | prečišćavanje otpadnih voda
sk vodné hospodárstvo | čistenie odpadových vôd
de Wasserwirtschaft | Abwasserbehandlung
it gestione delle risorse idriche | depurazione delle acque reflue
mk управување со води | пречистување на отпадни води
""")

C("blue-economy", "WG2 WG5", "sustainable-development", """
en blue economy | blue growth | maritime economy
ro economie albastră | creștere albastră
sq ekonomi blu | rritje blu
hu kék gazdaság
el γαλάζια οικονομία | γαλάζια ανάπτυξη | θαλάσσια οικονομία
bg синя икономика | син растеж
sl modro gospodarstvo | modra rast
hr plavo gospodarstvo | plavi rast
sr plava ekonomija
sk modré hospodárstvo
de blaue Wirtschaft | blaues Wachstum | maritime Wirtschaft
it economia blu | crescita blu | economia del mare
mk сина економија
""")

# ---------------------------------------------------------------------------------------
# WG3 International cluster cooperation and networking
# ---------------------------------------------------------------------------------------

C("internationalisation", "WG3", None, """
en internationalisation | internationalization | international cooperation
ro internaționalizare | cooperare internațională
sq ndërkombëtarizim | bashkëpunim ndërkombëtar
hu nemzetköziesítés | nemzetközivé válás | nemzetközi együttműködés
el διεθνοποίηση | εξωστρέφεια | διεθνής συνεργασία
bg интернационализация | международно сътрудничество
sl internacionalizacija | mednarodno sodelovanje
hr internacionalizacija | međunarodna suradnja
sr internacionalizacija | međunarodna saradnja
sk internacionalizácia | medzinárodná spolupráca
de Internationalisierung | internationale Zusammenarbeit
it internazionalizzazione | cooperazione internazionale
mk интернационализација | меѓународна соработка
""")

C("internationalisation-strategy", "WG3", "internationalisation", """
en internationalisation strategy | international strategy
ro strategie de internaționalizare
sq strategji ndërkombëtarizimi
hu nemzetköziesítési stratégia
el στρατηγική διεθνοποίησης | στρατηγική εξωστρέφειας
bg стратегия за интернационализация
sl strategija internacionalizacije
hr strategija internacionalizacije
sr strategija internacionalizacije
sk stratégia internacionalizácie
de Internationalisierungsstrategie
it strategia di internazionalizzazione
mk стратегија за интернационализација
""")

C("international-cluster-cooperation", "WG3", "internationalisation", """
en international cluster cooperation | cluster partnership | cluster-to-cluster cooperation | cluster internationalisation
ro cooperare internațională între clustere | parteneriat între clustere | internaționalizare a clusterelor
sq bashkëpunim ndërkombëtar i klasterëve | partneritet klasterësh
hu nemzetközi klaszter-együttműködés | klaszterpartnerség | klaszterek nemzetköziesítése
el διεθνής συνεργασία συστάδων | σύμπραξη συστάδων | διεθνοποίηση συστάδων
bg международно клъстерно сътрудничество | клъстерно партньорство | интернационализация на клъстерите
sl mednarodno sodelovanje grozdov | partnerstvo grozdov | internacionalizacija grozdov
hr međunarodna suradnja klastera | partnerstvo klastera | internacionalizacija klastera
sr međunarodna saradnja klastera | partnerstvo klastera | internacionalizacija klastera
sk medzinárodná spolupráca klastrov | klastrové partnerstvo | internacionalizácia klastrov
de internationale Clusterkooperation | Clusterpartnerschaft | Clusterinternationalisierung
it cooperazione internazionale tra cluster | partenariato tra cluster | internazionalizzazione dei cluster
mk меѓународна соработка на кластери | кластерско партнерство | интернационализација на кластери
""")

C("european-strategic-cluster-partnership", "WG3", "international-cluster-cooperation", """
en European Strategic Cluster Partnership | ESCP | ESCP-4i | ESCP-4x | ESCP-S3
ro parteneriat strategic european pentru clustere | ESCP
sq Partneritet Strategjik Evropian i Klasterëve | ESCP
hu európai stratégiai klaszterpartnerség | ESCP
el Ευρωπαϊκή Στρατηγική Σύμπραξη Συστάδων | ESCP
bg европейско стратегическо клъстерно партньорство | ESCP
sl evropsko strateško partnerstvo grozdov | ESCP
hr europsko strateško partnerstvo klastera | ESCP
sr evropsko strateško partnerstvo klastera | ESCP
sk európske strategické klastrové partnerstvo | ESCP
de Europäische Strategische Clusterpartnerschaft | ESCP
it partenariato strategico europeo dei cluster | ESCP
mk европско стратешко кластерско партнерство | ESCP
""")

C("eurocluster", "WG3", "international-cluster-cooperation", """
en Euroclusters | Eurocluster | joint cluster initiative
ro Euroclustere | Eurocluster
sq Euroclusters
hu Euroklaszter | Euroclusters
el Ευρωσυστάδες | Euroclusters
bg Евроклъстери | Euroclusters
sl Euroclusters
hr Euroklasteri | Euroclusters
sr Euroklasteri | Euroclusters
sk Euroklastre | Euroclusters
de Euroclusters | Eurocluster
it Euroclusters | Eurocluster
mk Евро-кластери | Euroclusters
""")

C("european-cluster-collaboration-platform", "WG3", "international-cluster-cooperation", """
en European Cluster Collaboration Platform | ECCP
ro Platforma europeană de colaborare a clusterelor | ECCP
sq Platforma Evropiane e Bashkëpunimit të Klasterëve | ECCP
hu európai klaszter-együttműködési platform | ECCP
el Ευρωπαϊκή Πλατφόρμα Συνεργασίας Συστάδων | ECCP
bg Европейска платформа за сътрудничество между клъстерите | ECCP
sl evropska platforma za sodelovanje grozdov | ECCP
hr europska platforma za suradnju klastera | ECCP
sr evropska platforma za saradnju klastera | ECCP
sk európska platforma pre spoluprácu klastrov | ECCP
de Europäische Cluster-Kooperationsplattform | ECCP
it piattaforma europea di collaborazione tra cluster | ECCP
mk европска платформа за соработка на кластери | ECCP
""")

C("enterprise-europe-network", "WG3", "internationalisation", """
en Enterprise Europe Network | EEN
ro Enterprise Europe Network | rețeaua Enterprise Europe | EEN
sq Enterprise Europe Network | EEN
hu Enterprise Europe Network | EEN | Európai Vállalkozási Hálózat
el Enterprise Europe Network | EEN | Ευρωπαϊκό Δίκτυο Επιχειρήσεων
bg Enterprise Europe Network | EEN | Европейска мрежа за подкрепа на предприятията
sl Enterprise Europe Network | EEN | Evropska podjetniška mreža
hr Enterprise Europe Network | EEN | Europska poduzetnička mreža
sr Enterprise Europe Network | EEN | Evropska preduzetnička mreža
sk Enterprise Europe Network | EEN | Európska sieť podnikov
de Enterprise Europe Network | EEN
it Enterprise Europe Network | EEN | rete Enterprise Europe
mk Enterprise Europe Network | EEN | Европска мрежа за претпријатија
""")

C("export", "WG3", "internationalisation", """
en export | exports | exporter
ro export | exportator
sq eksport | eksportues
hu export | kivitel | exportőr
el εξαγωγή | εξαγωγές | εξαγωγέας
bg износ | износител | експорт
sl izvoz | izvoznik
hr izvoz | izvoznik
sr izvoz | izvoznik
sk vývoz | export | vývozca
de Export | Ausfuhr | Exporteur
it esportazione | export | esportatore
mk извоз | извозник
""")

C("export-promotion", "WG3 WG4", "export", """
en export promotion | export support | export promotion agency
ro promovare a exportului | sprijin pentru export
sq promovim i eksporteve | nxitje e eksporteve
hu exportösztönzés | exportfejlesztés | exporttámogatás
el προώθηση εξαγωγών | ενίσχυση εξαγωγών
bg насърчаване на износа | подкрепа за износа
sl spodbujanje izvoza
hr promocija izvoza | poticanje izvoza
sr promocija izvoza | podsticanje izvoza
sk podpora exportu | podpora vývozu
de Exportförderung | Außenwirtschaftsförderung
it promozione dell'export | promozione delle esportazioni | Agenzia ICE
mk промоција на извозот | поддршка на извозот
""")

C("market-access", "WG3", "internationalisation", """
en market access | new markets | foreign markets | third-country markets
ro acces pe piață | piețe noi | piețe externe
sq qasje në treg | tregje të reja
hu piacra jutás | új piacok | külpiacok
el πρόσβαση στην αγορά | νέες αγορές | ξένες αγορές
bg достъп до пазари | нови пазари | външни пазари
sl dostop do trga | novi trgi | tuji trgi
hr pristup tržištu | nova tržišta | strana tržišta
sr pristup tržištu | nova tržišta | inostrana tržišta
sk prístup na trh | nové trhy | zahraničné trhy
de Marktzugang | neue Märkte | Auslandsmärkte
it accesso al mercato | nuovi mercati | mercati esteri
mk пристап до пазар | нови пазари | странски пазари
""")

C("trade-fair", "WG3", "export-promotion", """
en trade fair | trade show | international fair
ro târg | târg internațional
sq panair | panair tregtar
hu vásár | szakvásár
el εμπορική έκθεση | διεθνής έκθεση | εκθεσιακή συμμετοχή
bg търговско изложение | панаир
sl sejem | strokovni sejem
hr sajam | gospodarski sajam
sr sajam | privredni sajam
sk veľtrh | obchodný veľtrh
de Messe | Fachmesse
it fiera | fiera internazionale | fiera di settore
mk саем | меѓународен саем
""")

C("trade-mission", "WG3", "export-promotion", """
en trade mission | business delegation | business mission | trade delegation
ro misiune economică | misiune comercială | delegație de afaceri
sq mision tregtar | delegacion biznesi
hu üzleti delegáció | kereskedelmi misszió | üzletember-küldöttség
el επιχειρηματική αποστολή | εμπορική αποστολή
bg търговска мисия | бизнес делегация
sl poslovna delegacija | gospodarska delegacija
hr gospodarsko izaslanstvo | poslovna delegacija
sr privredna delegacija | poslovna misija
sk podnikateľská misia | obchodná misia
de Unternehmerreise | Wirtschaftsdelegation | Delegationsreise
it missione commerciale | missione imprenditoriale | delegazione commerciale
mk деловна делегација | трговска мисија
""")

C("matchmaking", "WG3", "international-cluster-cooperation", """
en matchmaking | brokerage event | partnering event
ro matchmaking | eveniment de brokeraj
sq matchmaking | ngjarje ndërmjetësimi
hu partnerkereső rendezvény | matchmaking
el matchmaking | εκδήλωση επιχειρηματικών συναντήσεων
bg събитие за партньорство | брокерско събитие | matchmaking
sl borza poslovnih priložnosti | matchmaking
hr matchmaking | događaj povezivanja
sr matchmaking | događaj povezivanja
sk kooperačné podujatie | matchmaking
de Kooperationsbörse | Matchmaking | Partnering-Veranstaltung
it evento di brokeraggio | matchmaking | incontri di partenariato
mk настан за поврзување | matchmaking
""")

C("b2b-meeting", "WG3", "matchmaking", """
en B2B meeting | business-to-business meeting | bilateral business meeting
ro întâlnire B2B | întâlnire de afaceri
sq takim B2B | takim biznesi
hu B2B találkozó | kétoldalú üzleti találkozó
el επιχειρηματική συνάντηση B2B | διμερής επιχειρηματική συνάντηση
bg B2B среща | бизнес среща
sl B2B sestanek | poslovni sestanek
hr B2B sastanak | poslovni susret
sr B2B sastanak | poslovni sastanak
sk B2B stretnutie | obchodné stretnutie
de B2B-Gespräch | B2B-Treffen | Geschäftstreffen
it incontro B2B | incontro d'affari
mk B2B средба | деловна средба
""")

C("partner-search", "WG3", "networking", """
en partner search | business partner search
ro căutare de parteneri
sq kërkim partnerësh
hu partnerkeresés
el αναζήτηση εταίρων
bg търсене на партньори
sl iskanje partnerjev
hr traženje partnera
sr pretraga partnera | traženje partnera
sk vyhľadávanie partnerov
de Partnersuche
it ricerca partner | ricerca di partner
mk пребарување партнери
""")

C("study-visit", "WG3 WG6", "policy-learning", """
en study visit | study tour | exchange visit | site visit
ro vizită de studiu | vizită de schimb de experiență
sq vizitë studimore | vizitë shkëmbimi
hu tanulmányút | tapasztalatcsere-látogatás
el επίσκεψη μελέτης | μελετητική επίσκεψη
bg учебно посещение | посещение за обмяна на опит
sl študijski obisk | študijska tura
hr studijski posjet | studijsko putovanje
sr studijska poseta | studijsko putovanje
sk študijná návšteva | študijná cesta
de Studienreise | Studienbesuch
it visita di studio | viaggio di studio
mk студиска посета
""")

C("memorandum-of-understanding", "WG3", "internationalisation", """
en memorandum of understanding | MoU | cooperation agreement | letter of intent
ro memorandum de înțelegere | acord de cooperare | scrisoare de intenție
sq memorandum mirëkuptimi | marrëveshje bashkëpunimi | letër qëllimi
hu egyetértési megállapodás | együttműködési megállapodás | szándéknyilatkozat
el μνημόνιο συνεργασίας | μνημόνιο κατανόησης | συμφωνία συνεργασίας | επιστολή πρόθεσης
bg меморандум за разбирателство | споразумение за сътрудничество | писмо за намерение
sl memorandum o soglasju | sporazum o sodelovanju | pismo o nameri
hr memorandum o razumijevanju | sporazum o suradnji | pismo namjere
sr memorandum o razumevanju | sporazum o saradnji | pismo o namerama
sk memorandum o porozumení | dohoda o spolupráci | vyhlásenie o zámere
de Absichtserklärung | Kooperationsvereinbarung | Memorandum of Understanding
it protocollo d'intesa | memorandum d'intesa | accordo di cooperazione | lettera di intenti
mk меморандум за разбирање | договор за соработка | писмо за намера
""")

C("joint-venture", "WG3 WG4", "internationalisation", """
en joint venture
ro societate mixtă | joint venture | asociere în participațiune
sq sipërmarrje e përbashkët | joint venture
hu vegyesvállalat | közös vállalkozás
el κοινοπραξία | κοινή επιχείρηση
bg съвместно предприятие
sl skupno podjetje | joint venture
hr zajednički pothvat | zajedničko ulaganje
sr zajedničko ulaganje | zajedničko preduzeće
sk spoločný podnik
de Gemeinschaftsunternehmen | Joint Venture
it joint venture | impresa comune
mk заедничко вложување | заедничко претпријатие
""")

C("foreign-direct-investment", "WG3 WG4", "internationalisation", """
en foreign direct investment | FDI | inward investment | foreign investor
ro investiție străină directă | ISD | investitor străin
sq investim i huaj direkt | IHD | investitor i huaj
hu közvetlen külföldi tőkebefektetés | FDI | külföldi működőtőke | külföldi befektető
el άμεση ξένη επένδυση | ΑΞΕ | ξένος επενδυτής
bg преки чуждестранни инвестиции | ПЧИ | чуждестранен инвеститор
sl neposredna tuja naložba | NTN | tuji investitor
hr izravno strano ulaganje | ISU | strani ulagač
sr strana direktna investicija | SDI | strani investitor
sk priama zahraničná investícia | PZI | zahraničný investor
de ausländische Direktinvestition | ADI | Direktinvestition | ausländischer Investor
it investimento diretto estero | IDE | investitore estero
mk странска директна инвестиција | СДИ | странски инвеститор
""")

C("investment-promotion-agency", "WG3 WG4", "foreign-direct-investment", """
en investment promotion agency | investment promotion | investment attraction
ro agenție de promovare a investițiilor | atragere a investițiilor
sq agjenci për promovimin e investimeve | nxitje e investimeve | AIDA
hu befektetésösztönzési ügynökség | befektetésösztönzés | HIPA | Nemzeti Befektetési Ügynökség
el φορέας προσέλκυσης επενδύσεων | προσέλκυση επενδύσεων | Enterprise Greece
bg агенция за насърчаване на инвестициите | привличане на инвестиции | InvestBulgaria | БАИ
sl agencija za spodbujanje investicij | privabljanje investicij
hr agencija za promicanje ulaganja | privlačenje ulaganja
sr agencija za promociju investicija | privlačenje investicija | Razvojna agencija Srbije
sk agentúra na podporu investícií | prilákanie investícií | SARIO
de Investitionsförderagentur | Investorenwerbung | Standortmarketing
it agenzia per la promozione degli investimenti | attrazione degli investimenti | Invitalia
mk агенција за странски инвестиции | привлекување инвестиции | Инвест Северна Македонија
""")

C("global-value-chain", "WG3", "value-chain", """
en global value chain | GVC | international value chain
ro lanț valoric global | lanț global de valoare
sq zinxhir global i vlerës
hu globális értéklánc
el παγκόσμια αλυσίδα αξίας
bg глобална верига на стойността
sl globalna vrednostna veriga
hr globalni lanac vrijednosti
sr globalni lanac vrednosti
sk globálny hodnotový reťazec
de globale Wertschöpfungskette
it catena globale del valore | catena del valore globale
mk глобален синџир на вредност
""")

C("european-territorial-cooperation", "WG3 WG4", "internationalisation", """
en Interreg | European Territorial Cooperation | ETC
ro Interreg | cooperare teritorială europeană | CTE
sq Interreg | bashkëpunim territorial evropian
hu Interreg | európai területi együttműködés | ETE
el Interreg | ευρωπαϊκή εδαφική συνεργασία | ΕΕΣ
bg Интеррег | Interreg | европейско териториално сътрудничество | ЕТС
sl Interreg | evropsko teritorialno sodelovanje | ETS
hr Interreg | europska teritorijalna suradnja | ETS
sr Interreg | evropska teritorijalna saradnja
sk Interreg | európska územná spolupráca | EÚS
de Interreg | Europäische territoriale Zusammenarbeit | ETZ
it Interreg | cooperazione territoriale europea | CTE
mk Интеррег | Interreg | европска територијална соработка
""")

C("cross-border-cooperation", "WG3", "european-territorial-cooperation", """
en cross-border cooperation | CBC | cross-border programme
ro cooperare transfrontalieră | program de cooperare transfrontalieră
sq bashkëpunim ndërkufitar | program i bashkëpunimit ndërkufitar
hu határon átnyúló együttműködés | határ menti együttműködés
el διασυνοριακή συνεργασία
bg трансгранично сътрудничество
sl čezmejno sodelovanje
hr prekogranična suradnja
sr prekogranična saradnja
sk cezhraničná spolupráca
de grenzüberschreitende Zusammenarbeit
it cooperazione transfrontaliera
mk прекугранична соработка
""")

C("transnational-cooperation", "WG3", "european-territorial-cooperation", """
en transnational cooperation | transnational programme
ro cooperare transnațională | program transnațional
sq bashkëpunim transnacional
hu transznacionális együttműködés
el διακρατική συνεργασία
bg транснационално сътрудничество
sl transnacionalno sodelovanje
hr transnacionalna suradnja
sr transnacionalna saradnja
sk nadnárodná spolupráca
de transnationale Zusammenarbeit
it cooperazione transnazionale
mk транснационална соработка
""")

C("interregional-cooperation", "WG3", "european-territorial-cooperation", """
en interregional cooperation | Interreg Europe
ro cooperare interregională | Interreg Europe
sq bashkëpunim ndërrajonal
hu interregionális együttműködés | régióközi együttműködés
el διαπεριφερειακή συνεργασία
bg междурегионално сътрудничество
sl medregionalno sodelovanje
hr međuregionalna suradnja
sr međuregionalna saradnja
sk medziregionálna spolupráca
de interregionale Zusammenarbeit
it cooperazione interregionale
mk меѓурегионална соработка
""")

C("macro-regional-strategy", "WG3 WG5", "european-territorial-cooperation", """
en macro-regional strategy | EU macro-regional strategy
ro strategie macroregională
sq strategji makrorajonale
hu makroregionális stratégia
el μακροπεριφερειακή στρατηγική
bg макрорегионална стратегия
sl makroregionalna strategija
hr makroregionalna strategija
sr makroregionalna strategija
sk makroregionálna stratégia
de makroregionale Strategie
it strategia macroregionale
mk макрорегионална стратегија
""")

C("danube-region-strategy", "WG3 WG5", "macro-regional-strategy", """
en EU Strategy for the Danube Region | EUSDR | Danube region | Danube Transnational Programme | Interreg Danube
ro Strategia UE pentru regiunea Dunării | SUERD | regiunea Dunării | Programul Transnațional Dunărea
sq Strategjia e BE-së për Rajonin e Danubit | EUSDR | rajoni i Danubit
hu Duna Régió Stratégia | EUSDR | Duna-régió | Duna Transznacionális Program
el Στρατηγική της ΕΕ για την Περιοχή του Δούναβη | EUSDR | περιοχή του Δούναβη | Διακρατικό Πρόγραμμα Δούναβη
bg Стратегия на ЕС за Дунавския регион | ЕСДР | Дунавски регион | Дунавска транснационална програма
sl strategija EU za Podonavje | EUSDR | Podonavje | Transnacionalni program Podonavje
hr Strategija EU-a za dunavsku regiju | EUSDR | dunavska regija | Transnacionalni program Dunav
sr Strategija EU za Dunavski region | EUSDR | Dunavski region | Transnacionalni program Dunav
sk Stratégia EÚ pre podunajský región | EUSDR | podunajský región | Dunajský nadnárodný program
de EU-Strategie für den Donauraum | Donauraumstrategie | EUSDR | Donauraum | Transnationales Programm Donau
it strategia dell'UE per la regione danubiana | EUSDR | regione danubiana | programma transnazionale Danubio
mk Стратегија на ЕУ за Дунавскиот регион | EUSDR | Дунавски регион
""")

C("adriatic-ionian-strategy", "WG3 WG5", "macro-regional-strategy", """
en EU Strategy for the Adriatic and Ionian Region | EUSAIR | Adriatic-Ionian region | Interreg ADRION
ro Strategia UE pentru regiunea Adriatică și Ionică | EUSAIR
sq Strategjia e BE-së për Rajonin Adriatik-Jon | EUSAIR | rajoni Adriatik-Jon | ADRION
hu Adriai- és Jón-tengeri régióra vonatkozó uniós stratégia | EUSAIR
el Στρατηγική της ΕΕ για την Περιοχή της Αδριατικής και του Ιονίου | EUSAIR | ADRION
bg Стратегия на ЕС за региона на Адриатическо и Йонийско море | EUSAIR
sl strategija EU za jadransko-jonsko regijo | EUSAIR | jadransko-jonska regija | ADRION
hr Strategija EU-a za jadransku i jonsku regiju | EUSAIR | jadransko-jonska regija | ADRION
sr Strategija EU za jadransko-jonski region | EUSAIR | jadransko-jonski region | ADRION
sk Stratégia EÚ pre jadranský a iónsky región | EUSAIR
de EU-Strategie für den adriatischen und ionischen Raum | EUSAIR | adriatisch-ionischer Raum
it strategia dell'UE per la regione adriatica e ionica | EUSAIR | macroregione adriatico-ionica | ADRION
mk Стратегија на ЕУ за Јадранско-јонскиот регион | EUSAIR
""")

C("south-east-europe", "WG3 WG5", "internationalisation", """
en South East Europe | Southeast Europe | SEE | Balkans
ro Europa de Sud-Est | Balcani
sq Evropa Juglindore | Ballkani
hu Délkelet-Európa | Balkán
el Νοτιοανατολική Ευρώπη | Βαλκάνια
bg Югоизточна Европа | Балкани
sl jugovzhodna Evropa | Balkan
hr jugoistočna Europa | Balkan
sr jugoistočna Evropa | Balkan
sk juhovýchodná Európa | Balkán
de Südosteuropa | Balkan
it Europa sudorientale | Europa del Sud-Est | Balcani
mk Југоисточна Европа | Балкан
""")

C("western-balkans", "WG3 WG5", "south-east-europe", """
en Western Balkans | WB6
ro Balcanii de Vest
sq Ballkani Perëndimor
hu Nyugat-Balkán
el Δυτικά Βαλκάνια
bg Западни Балкани
sl Zahodni Balkan
hr zapadni Balkan
sr Zapadni Balkan
sk západný Balkán
de Westbalkan
it Balcani occidentali
mk Западен Балкан
""")

C("pre-accession-assistance", "WG3 WG4", "eu-funding", """
en Instrument for Pre-accession Assistance | IPA | pre-accession assistance
ro Instrumentul de asistență pentru preaderare | IPA | asistență de preaderare
sq Instrumenti i Asistencës së Paraanëtarësimit | IPA | asistencë paraanëtarësimi
hu előcsatlakozási támogatási eszköz | IPA | előcsatlakozási támogatás
el Μηχανισμός Προενταξιακής Βοήθειας | IPA | προενταξιακή βοήθεια
bg Инструмент за предприсъединителна помощ | ИПП | IPA | предприсъединителна помощ
sl instrument za predpristopno pomoč | IPA | predpristopna pomoč
hr instrument pretpristupne pomoći | IPA | pretpristupna pomoć
sr instrument za pretpristupnu pomoć | IPA | pretpristupna pomoć
sk nástroj predvstupovej pomoci | IPA | predvstupová pomoc
de Instrument für Heranführungshilfe | IPA | Heranführungshilfe
it strumento di assistenza preadesione | IPA | assistenza preadesione
mk Инструмент за претпристапна помош | ИПА | IPA | претпристапна помош
""")

# ---------------------------------------------------------------------------------------
# WG4 Cluster financing
# ---------------------------------------------------------------------------------------

C("funding", "WG4", None, """
en funding | financing | finance
ro finanțare
sq financim
hu finanszírozás
el χρηματοδότηση
bg финансиране
sl financiranje
hr financiranje
sr finansiranje
sk financovanie
de Finanzierung | Förderung
it finanziamento
mk финансирање
""")

C("cluster-financing", "WG4", "funding", """
en cluster financing | cluster funding | financing of cluster organisations
ro finanțare a clusterelor
sq financim i klasterëve
hu klaszterfinanszírozás | klasztertámogatás
el χρηματοδότηση συστάδων
bg финансиране на клъстери
sl financiranje grozdov
hr financiranje klastera
sr finansiranje klastera
sk financovanie klastrov
de Clusterfinanzierung
it finanziamento dei cluster
mk финансирање на кластери
""")

C("financial-sustainability", "WG4", "cluster-financing", """
en financial sustainability | self-financing | revenue model
ro sustenabilitate financiară | autofinanțare
sq qëndrueshmëri financiare | vetëfinancim
hu pénzügyi fenntarthatóság | önfinanszírozás
el οικονομική βιωσιμότητα | αυτοχρηματοδότηση
bg финансова устойчивост | самофинансиране
sl finančna vzdržnost | samofinanciranje
hr financijska održivost | samofinanciranje
sr finansijska održivost | samofinansiranje
sk finančná udržateľnosť | samofinancovanie
de finanzielle Nachhaltigkeit | Eigenfinanzierung | Selbstfinanzierung
it sostenibilità finanziaria | autofinanziamento
mk финансиска одржливост | самофинансирање
""")

C("access-to-finance", "WG4", "funding", """
en access to finance | access to credit | financing gap
ro acces la finanțare | deficit de finanțare
sq qasje në financim
hu finanszírozáshoz jutás | forráshoz jutás | finanszírozási rés
el πρόσβαση στη χρηματοδότηση | χρηματοδοτικό κενό
bg достъп до финансиране | недостиг на финансиране
sl dostop do financiranja | finančna vrzel
hr pristup financiranju | financijski jaz
sr pristup finansiranju | finansijski jaz
sk prístup k financovaniu | medzera vo financovaní
de Zugang zu Finanzmitteln | Finanzierungslücke
it accesso al credito | accesso ai finanziamenti | carenza di finanziamento
mk пристап до финансирање | финансиски јаз
""")

C("grant", "WG4", "funding", """
en grant | subsidy | non-refundable grant | grant scheme
ro grant | finanțare nerambursabilă | subvenție | ajutor nerambursabil
sq grant | subvencion | financim i pakthyeshëm
hu vissza nem térítendő támogatás | pályázati támogatás | szubvenció
el επιχορήγηση | επιδότηση
bg безвъзмездна финансова помощ | БФП | грант | субсидия
sl nepovratna sredstva | subvencija | nepovratna spodbuda
hr bespovratna sredstva | bespovratna potpora | subvencija | grant
sr bespovratna sredstva | bespovratna pomoć | subvencija | grant
sk nenávratný finančný príspevok | NFP | dotácia | grant
de Zuschuss | Fördermittel | nicht rückzahlbarer Zuschuss | Subvention
it contributo a fondo perduto | sovvenzione | sussidio | grant
mk грант | неповратни средства | субвенција
""")

C("loan", "WG4", "financial-instrument", """
en loan | credit | soft loan | preferential loan | low-interest loan
ro împrumut | credit | împrumut preferențial
sq kredi | hua | kredi e butë
hu hitel | kölcsön | kedvezményes hitel
el δάνειο | πίστωση | χαμηλότοκο δάνειο
bg заем | кредит | преференциален кредит
sl posojilo | kredit | ugodno posojilo
hr zajam | kredit | povoljni kredit
sr zajam | kredit | povoljni kredit
sk úver | pôžička | zvýhodnený úver
de Darlehen | Kredit | zinsgünstiges Darlehen | Förderkredit
it prestito | mutuo | finanziamento agevolato | credito agevolato
mk заем | кредит | поволен кредит
""")

C("guarantee", "WG4", "financial-instrument", """
en guarantee | loan guarantee | credit guarantee | guarantee fund
ro garanție | garanție de credit | fond de garantare
sq garanci | fond garancie
hu garancia | hitelgarancia | kezességvállalás | garanciaalap
el εγγύηση | δανειακή εγγύηση | ταμείο εγγυοδοσίας
bg гаранция | гаранционен фонд
sl garancija | poroštvo | garancijska shema
hr jamstvo | garancija | jamstveni fond
sr garancija | garantni fond
sk záruka | úverová záruka | garancia
de Bürgschaft | Garantie | Kreditgarantie | Bürgschaftsbank
it garanzia | fondo di garanzia | confidi
mk гаранција | гарантен фонд
""")

C("microfinance", "WG4", "financial-instrument", """
en microfinance | microcredit | microloan
ro microfinanțare | microcredit
sq mikrofinancë | mikrokredi
hu mikrofinanszírozás | mikrohitel
el μικροχρηματοδότηση | μικροπίστωση
bg микрофинансиране | микрокредит
sl mikrofinanciranje | mikrokredit
hr mikrofinanciranje | mikrokredit
sr mikrofinansiranje | mikrokredit
sk mikrofinancovanie | mikroúver
de Mikrofinanzierung | Mikrokredit
it microfinanza | microcredito
mk микрофинансирање | микрокредит
""")

C("financial-instrument", "WG4", "funding", """
en financial instrument | repayable support | revolving fund
ro instrument financiar | sprijin rambursabil | fond revolving
sq instrument financiar | mbështetje e rimbursueshme
hu pénzügyi eszköz | visszatérítendő támogatás | rulírozó alap
el χρηματοδοτικό εργαλείο | χρηματοοικονομικό μέσο | επιστρεπτέα ενίσχυση | ανακυκλούμενο ταμείο
bg финансов инструмент | възстановима помощ | револвиращ фонд
sl finančni instrument | povratna sredstva | revolving sklad
hr financijski instrument | povratna sredstva | revolving fond
sr finansijski instrument | povratna sredstva | revolving fond
sk finančný nástroj | návratná pomoc | revolvingový fond
de Finanzinstrument | rückzahlbare Unterstützung | revolvierender Fonds
it strumento finanziario | sostegno rimborsabile | fondo rotativo
mk финансиски инструмент | повратни средства | револвинг фонд
""")

C("fund-of-funds", "WG4", "financial-instrument", """
en fund of funds | holding fund
ro fond de fonduri | fond de participare
sq fond i fondeve
hu alapok alapja | holdingalap
el ταμείο ταμείων | ταμείο χαρτοφυλακίου | ταμείο συμμετοχών
bg фонд на фондовете
sl sklad skladov
hr fond fondova
sr fond fondova
sk fond fondov
de Dachfonds | Holdingfonds
it fondo di fondi | fondo di partecipazione
mk фонд на фондови
""")

C("equity-financing", "WG4", "financial-instrument", """
en equity financing | equity investment | risk capital | private equity
ro finanțare prin capital | investiție de capital | private equity
sq financim me kapital | kapital aksionar
hu tőkefinanszírozás | tőkebefektetés | magántőke
el χρηματοδότηση μετοχικού κεφαλαίου | συμμετοχή στο κεφάλαιο
bg дялово финансиране | дялови инвестиции
sl lastniško financiranje | kapitalska naložba | zasebni kapital
hr vlasničko financiranje | vlasnička ulaganja | privatni kapital
sr vlasničko finansiranje | vlasnički kapital | privatni kapital
sk kapitálové financovanie | kapitálový vstup | súkromný kapitál
de Beteiligungsfinanzierung | Eigenkapitalfinanzierung | Beteiligungskapital | Private Equity
it finanziamento in equity | partecipazione al capitale | private equity
mk финансирање преку капитал | сопственички капитал | приватен капитал
""")

C("venture-capital", "WG4", "equity-financing", """
en venture capital | VC | venture capital fund
ro capital de risc | fond de capital de risc | venture capital
sq kapital sipërmarrës | kapital risku
hu kockázati tőke | kockázatitőke-alap
el επιχειρηματικά κεφάλαια | κεφάλαια επιχειρηματικού κινδύνου | venture capital
bg рисков капитал | фонд за рисков капитал
sl tvegani kapital | sklad tveganega kapitala
hr rizični kapital | fond rizičnog kapitala | venture kapital
sr rizični kapital | fond rizičnog kapitala | preduzetnički kapital
sk rizikový kapitál | fond rizikového kapitálu
de Wagniskapital | Risikokapital | Venture Capital | Wagniskapitalfonds
it capitale di rischio | venture capital | fondo di venture capital
mk ризичен капитал | фонд за ризичен капитал
""")

C("business-angel", "WG4", "equity-financing", """
en business angel | angel investor | business angel network
ro business angel | investitor providențial
sq investitor engjëll | business angel
hu üzleti angyal | angyalbefektető | business angel
el επιχειρηματικός άγγελος | business angel
bg бизнес ангел | ангел инвеститор
sl poslovni angel | angelski investitor
hr poslovni anđeo | anđeo investitor
sr poslovni anđeo | biznis anđeo | anđeo investitor
sk podnikateľský anjel | business angel
de Business Angel | Business-Angel-Netzwerk
it business angel | investitore informale
mk бизнис ангел | ангел инвеститор
""")

C("seed-capital", "WG4", "equity-financing", """
en seed capital | seed funding | seed fund | pre-seed
ro capital de început | finanțare seed
sq kapital fillestar | financim fillestar
hu magvető tőke | seed tőke
el κεφάλαιο εκκίνησης | χρηματοδότηση αρχικού σταδίου
bg начален капитал | финансиране в начален етап
sl semenski kapital | zagonski kapital
hr početni kapital | sjemenski kapital
sr početni kapital | finansiranje ranih faza
sk zárodočný kapitál | počiatočný kapitál
de Startkapital | Seed-Finanzierung | Seed-Kapital
it capitale di avviamento | seed capital | finanziamento seed
mk почетен капитал | финансирање во рана фаза
""")

C("crowdfunding", "WG4", "funding", """
en crowdfunding | crowd investing | crowdfunding platform
ro finanțare participativă | crowdfunding
sq financim kolektiv | crowdfunding
hu közösségi finanszírozás | crowdfunding
el πληθοχρηματοδότηση | crowdfunding
bg колективно финансиране | краудфъндинг
sl množično financiranje | crowdfunding
hr skupno financiranje | crowdfunding
sr grupno finansiranje | kraudfanding
sk kolektívne financovanie | crowdfunding
de Schwarmfinanzierung | Crowdfunding | Crowdinvesting
it finanziamento collettivo | crowdfunding | equity crowdfunding
mk групно финансирање | краудфандинг
""")

C("investment", "WG4", "funding", """
en investment | private investment | capital investment
ro investiție | investiții private
sq investim | investime private
hu beruházás | befektetés | magánberuházás
el επένδυση | ιδιωτικές επενδύσεις
bg инвестиция | частни инвестиции
sl naložba | investicija | zasebne naložbe
hr ulaganje | investicija | privatna ulaganja
sr investicija | ulaganje | privatne investicije
sk investícia | súkromné investície
de Investition | private Investitionen
it investimento | investimenti privati
mk инвестиција | вложување | приватни инвестиции
""")

C("public-private-partnership", "WG4", "funding", """
en public-private partnership | PPP
ro parteneriat public-privat | PPP
sq partneritet publik-privat | PPP
hu köz- és magánszféra közötti partnerség | PPP
el σύμπραξη δημόσιου και ιδιωτικού τομέα | ΣΔΙΤ
bg публично-частно партньорство | ПЧП
sl javno-zasebno partnerstvo | JZP
hr javno-privatno partnerstvo | JPP
sr javno-privatno partnerstvo | JPP
sk verejno-súkromné partnerstvo | PPP
de öffentlich-private Partnerschaft | ÖPP | PPP
it partenariato pubblico-privato | PPP
mk јавно-приватно партнерство | ЈПП
""")

C("development-bank", "WG4", "funding", """
en development bank | promotional bank | national development bank
ro bancă de dezvoltare | bancă de promovare | Banca de Investiții și Dezvoltare
sq bankë zhvillimi
hu fejlesztési bank | Magyar Fejlesztési Bank | MFB
el αναπτυξιακή τράπεζα | Ελληνική Αναπτυξιακή Τράπεζα | ΕΑΤ
bg банка за развитие | Българска банка за развитие | ББР
sl razvojna banka | SID banka | Slovenski podjetniški sklad
hr razvojna banka | Hrvatska banka za obnovu i razvitak | HBOR
sr razvojna banka | Fond za razvoj Republike Srbije
sk rozvojová banka | Slovenská záručná a rozvojová banka | SZRB
de Förderbank | Entwicklungsbank | KfW
it banca di sviluppo | banca promozionale | Cassa depositi e prestiti | CDP
mk развојна банка | Развојна банка на Северна Македонија
""")

C("european-investment-bank-group", "WG4", "development-bank", """
en European Investment Bank | EIB | European Investment Fund | EIF | EIB Group
ro Banca Europeană de Investiții | BEI | Fondul European de Investiții | FEI
sq Banka Evropiane e Investimeve | Fondi Evropian i Investimeve
hu Európai Beruházási Bank | EBB | Európai Beruházási Alap | EBA
el Ευρωπαϊκή Τράπεζα Επενδύσεων | ΕΤΕπ | Ευρωπαϊκό Ταμείο Επενδύσεων | ΕΤαΕ
bg Европейска инвестиционна банка | ЕИБ | Европейски инвестиционен фонд | ЕИФ
sl Evropska investicijska banka | EIB | Evropski investicijski sklad | EIS
hr Europska investicijska banka | EIB | Europski investicijski fond | EIF
sr Evropska investiciona banka | EIB | Evropski investicioni fond
sk Európska investičná banka | EIB | Európsky investičný fond | EIF
de Europäische Investitionsbank | EIB | Europäischer Investitionsfonds | EIF
it Banca europea per gli investimenti | BEI | Fondo europeo per gli investimenti | FEI
mk Европска инвестициска банка | ЕИБ | Европски инвестициски фонд
""")

C("investeu", "WG4", "eu-funding", """
en InvestEU | European Fund for Strategic Investments | EFSI | Juncker Plan
ro InvestEU | Fondul European pentru Investiții Strategice | FEIS | Planul Juncker
sq InvestEU | Plani Juncker
hu InvestEU | Európai Stratégiai Beruházási Alap | ESBA | Juncker-terv
el InvestEU | Ευρωπαϊκό Ταμείο Στρατηγικών Επενδύσεων | ΕΤΣΕ | σχέδιο Γιουνκέρ
bg InvestEU | Европейски фонд за стратегически инвестиции | ЕФСИ | план Юнкер
sl InvestEU | Evropski sklad za strateške naložbe | EFSI | Junckerjev načrt
hr InvestEU | Europski fond za strateška ulaganja | EFSU | Junckerov plan
sr InvestEU | Junkerov plan
sk InvestEU | Európsky fond pre strategické investície | EFSI | Junckerov plán
de InvestEU | Europäischer Fonds für strategische Investitionen | EFSI | Juncker-Plan
it InvestEU | Fondo europeo per gli investimenti strategici | FEIS | piano Juncker
mk InvestEU | Јункеров план
""")

C("single-market-programme", "WG3 WG4", "eu-funding", """
en Single Market Programme | COSME | programme for the competitiveness of enterprises and SMEs
ro Programul privind piața unică | COSME
sq Programi i Tregut të Vetëm | COSME
hu egységes piaci program | COSME
el πρόγραμμα για την ενιαία αγορά | COSME
bg програма за единния пазар | COSME
sl program za enotni trg | COSME
hr program jedinstvenog tržišta | COSME
sr program jedinstvenog tržišta | COSME
sk program pre jednotný trh | COSME
de Binnenmarktprogramm | COSME
it programma per il mercato unico | COSME
mk програма за единствен пазар | COSME
""")

C("eu-funding", "WG4", "funding", """
en EU funds | EU funding | European Structural and Investment Funds | ESIF | structural funds
ro fonduri europene | fonduri UE | fonduri structurale și de investiții europene | FESI | fonduri structurale
sq fonde të BE-së | fonde evropiane | fonde strukturore
hu uniós források | európai strukturális és beruházási alapok | ESB-alapok | strukturális alapok
el ευρωπαϊκά διαρθρωτικά και επενδυτικά ταμεία | ΕΔΕΤ | διαρθρωτικά ταμεία | κοινοτικά κονδύλια | ΕΣΠΑ
bg европейски фондове | еврофондове | европейски структурни и инвестиционни фондове | ЕСИФ | структурни фондове
sl evropska sredstva | evropski strukturni in investicijski skladi | ESI skladi | strukturni skladi
hr fondovi EU-a | EU fondovi | europski strukturni i investicijski fondovi | ESI fondovi | strukturni fondovi
sr fondovi EU | EU fondovi | strukturni fondovi
sk eurofondy | európske štrukturálne a investičné fondy | EŠIF | štrukturálne fondy
de EU-Fördermittel | Europäische Struktur- und Investitionsfonds | ESI-Fonds | Strukturfonds
it fondi europei | fondi strutturali e di investimento europei | fondi SIE | fondi strutturali
mk фондови на ЕУ | ЕУ фондови | структурни фондови
""")

C("donor-funding", "WG4 WG3", "funding", """
en donor funding | donor-funded project | donor support | international donor | donor
ro finanțare din partea donatorilor | proiect finanțat de donatori | donator
sq financim nga donatorët | projekt i financuar nga donatorët | donator
hu donorfinanszírozás | donorprojekt | nemzetközi donor | donor
el χρηματοδότηση από δωρητές | διεθνής δωρητής | δωρητής
bg донорско финансиране | донорски проект | донор
sl donatorska sredstva | donatorski projekt | donator
hr donatorska sredstva | donatorski projekt | donator
sr donatorska sredstva | donatorski projekat | donatorska podrška | donator
sk financovanie od donorov | donorský projekt | donor
de Geberfinanzierung | Geberprojekt | Geberorganisation | internationaler Geber
it finanziamento dei donatori | progetto finanziato da donatori | donatore
mk донаторско финансирање | донаторска поддршка | донаторски проект | донатор
""")

C("erdf", "WG4 WG5", "eu-funding", """
en European Regional Development Fund | ERDF
ro Fondul European de Dezvoltare Regională | FEDR
sq Fondi Evropian për Zhvillim Rajonal
hu Európai Regionális Fejlesztési Alap | ERFA
el Ευρωπαϊκό Ταμείο Περιφερειακής Ανάπτυξης | ΕΤΠΑ
bg Европейски фонд за регионално развитие | ЕФРР
sl Evropski sklad za regionalni razvoj | ESRR
hr Europski fond za regionalni razvoj | EFRR
sr Evropski fond za regionalni razvoj | EFRR
sk Európsky fond regionálneho rozvoja | EFRR
de Europäischer Fonds für regionale Entwicklung | EFRE
it Fondo europeo di sviluppo regionale | FESR
mk Европски фонд за регионален развој | ЕФРР
""")

C("esf-plus", "WG4 WG6", "eu-funding", """
en European Social Fund Plus | ESF+ | European Social Fund | ESF
ro Fondul Social European Plus | FSE+ | Fondul Social European | FSE
sq Fondi Social Evropian
hu Európai Szociális Alap Plusz | ESZA+ | Európai Szociális Alap | ESZA
el Ευρωπαϊκό Κοινωνικό Ταμείο+ | ΕΚΤ+ | Ευρωπαϊκό Κοινωνικό Ταμείο | ΕΚΤ
bg Европейски социален фонд плюс | ЕСФ+ | Европейски социален фонд | ЕСФ
sl Evropski socialni sklad plus | ESS+ | Evropski socialni sklad | ESS
hr Europski socijalni fond plus | ESF+ | Europski socijalni fond | ESF
sr Evropski socijalni fond | ESF
sk Európsky sociálny fond plus | ESF+ | Európsky sociálny fond | ESF
de Europäischer Sozialfonds Plus | ESF+ | Europäischer Sozialfonds | ESF
it Fondo sociale europeo Plus | FSE+ | Fondo sociale europeo | FSE
mk Европски социјален фонд | ЕСФ
""")

C("cohesion-fund", "WG4", "eu-funding", """
en Cohesion Fund
ro Fondul de Coeziune
sq Fondi i Kohezionit
hu Kohéziós Alap
el Ταμείο Συνοχής
bg Кохезионен фонд
sl Kohezijski sklad
hr Kohezijski fond
sr Kohezioni fond
sk Kohézny fond
de Kohäsionsfonds
it Fondo di coesione
mk Кохезиски фонд
""")

C("eafrd", "WG4 WG5", "eu-funding", """
en European Agricultural Fund for Rural Development | EAFRD | rural development programme | LEADER
ro Fondul European Agricol pentru Dezvoltare Rurală | FEADR | Programul Național de Dezvoltare Rurală | PNDR | LEADER
sq Fondi Evropian Bujqësor për Zhvillim Rural | IPARD
hu Európai Mezőgazdasági Vidékfejlesztési Alap | EMVA | vidékfejlesztési program | LEADER
el Ευρωπαϊκό Γεωργικό Ταμείο Αγροτικής Ανάπτυξης | ΕΓΤΑΑ | πρόγραμμα αγροτικής ανάπτυξης | ΠΑΑ | LEADER
bg Европейски земеделски фонд за развитие на селските райони | ЕЗФРСР | програма за развитие на селските райони | ПРСР | ЛИДЕР
sl Evropski kmetijski sklad za razvoj podeželja | EKSRP | program razvoja podeželja | PRP | LEADER
hr Europski poljoprivredni fond za ruralni razvoj | EPFRR | program ruralnog razvoja | LEADER
sr Evropski poljoprivredni fond za ruralni razvoj | IPARD | LEADER
sk Európsky poľnohospodársky fond pre rozvoj vidieka | EPFRV | program rozvoja vidieka | PRV | LEADER
de Europäischer Landwirtschaftsfonds für die Entwicklung des ländlichen Raums | ELER | LEADER
it Fondo europeo agricolo per lo sviluppo rurale | FEASR | programma di sviluppo rurale | PSR | LEADER
mk Европски земјоделски фонд за рурален развој | ИПАРД | IPARD | LEADER
""")

C("recovery-and-resilience-facility", "WG4", "eu-funding", """
en Recovery and Resilience Facility | RRF | recovery and resilience plan | NextGenerationEU
ro Mecanismul de redresare și reziliență | MRR | Planul Național de Redresare și Reziliență | PNRR | NextGenerationEU
sq Mekanizmi i Rimëkëmbjes dhe Rezilencës | NextGenerationEU
hu Helyreállítási és Rezilienciaépítési Eszköz | RRF | helyreállítási terv | NextGenerationEU
el Μηχανισμός Ανάκαμψης και Ανθεκτικότητας | ΜΑΑ | Ταμείο Ανάκαμψης | Ελλάδα 2.0 | NextGenerationEU
bg Механизъм за възстановяване и устойчивост | МВУ | План за възстановяване и устойчивост | ПВУ | NextGenerationEU
sl mehanizem za okrevanje in odpornost | načrt za okrevanje in odpornost | NOO | NextGenerationEU
hr Mehanizam za oporavak i otpornost | Nacionalni plan oporavka i otpornosti | NPOO | NextGenerationEU
sr Mehanizam za oporavak i otpornost | NextGenerationEU
sk Mechanizmus na podporu obnovy a odolnosti | plán obnovy a odolnosti | POO | NextGenerationEU
de Aufbau- und Resilienzfazilität | ARF | Aufbau- und Resilienzplan | NextGenerationEU
it dispositivo per la ripresa e la resilienza | RRF | Piano nazionale di ripresa e resilienza | PNRR | NextGenerationEU
mk Механизам за закрепнување и отпорност | NextGenerationEU
""")

C("operational-programme", "WG4", "eu-funding", """
en operational programme | operational program
ro program operațional | Programul Operațional Regional | POR | Programul Operațional Competitivitate | POC
sq program operacional
hu operatív program | OP | GINOP | Gazdaságfejlesztési és Innovációs Operatív Program
el επιχειρησιακό πρόγραμμα | ΕΠ | ΕΠΑνΕΚ | περιφερειακό επιχειρησιακό πρόγραμμα | ΠΕΠ
bg оперативна програма | ОП | ОПИК
sl operativni program | program evropske kohezijske politike
hr operativni program | Operativni program Konkurentnost i kohezija | OPKK
sr operativni program
sk operačný program | Program Slovensko
de operationelles Programm | EFRE-Programm
it programma operativo | POR | programma operativo regionale | PON
mk оперативна програма
""")

C("managing-authority", "WG4", "eu-funding", """
en managing authority | programme managing authority
ro autoritate de management | AM
sq autoritet menaxhues
hu irányító hatóság | IH
el διαχειριστική αρχή | ειδική υπηρεσία διαχείρισης | ΕΥΔ
bg управляващ орган | УО
sl organ upravljanja
hr upravljačko tijelo
sr upravljačko telo
sk riadiaci orgán
de Verwaltungsbehörde
it autorità di gestione | AdG
mk управувачко тело | орган за управување
""")

C("intermediate-body", "WG4", "managing-authority", """
en intermediate body | implementing body | implementing agency
ro organism intermediar | OI
sq organ ndërmjetës | agjenci zbatuese
hu közreműködő szervezet | végrehajtó ügynökség
el ενδιάμεσος φορέας | φορέας υλοποίησης
bg междинно звено
sl posredniški organ | izvajalski organ
hr posredničko tijelo
sr posredničko telo | implementaciona agencija
sk sprostredkovateľský orgán
de zwischengeschaltete Stelle | Durchführungsstelle
it organismo intermedio | OI | soggetto attuatore
mk посредничко тело | тело за спроведување
""")

C("absorption-of-funds", "WG4", "eu-funding", """
en absorption of funds | absorption rate | absorption capacity
ro absorbție a fondurilor | rată de absorbție | capacitate de absorbție
sq absorbim i fondeve | përthithje e fondeve
hu forrásfelhasználás | abszorpció | abszorpciós képesség
el απορρόφηση κονδυλίων | ποσοστό απορρόφησης
bg усвояване на средствата | степен на усвояване
sl črpanje sredstev | absorpcijska sposobnost
hr apsorpcija sredstava | stopa apsorpcije | apsorpcijski kapacitet
sr apsorpcija sredstava | apsorpcioni kapacitet
sk čerpanie fondov | miera čerpania | absorpčná kapacita
de Mittelabfluss | Absorptionsquote | Absorptionskapazität
it assorbimento dei fondi | tasso di assorbimento | capacità di assorbimento
mk апсорпција на средства | апсорпциски капацитет
""")

C("call-for-proposals", "WG4", "funding", """
en call for proposals | open call | funding call | call for applications
ro apel de proiecte | cerere de propuneri de proiecte | apel deschis
sq thirrje për propozime | thirrje për aplikime
hu pályázati felhívás | pályázat | felhívás
el πρόσκληση υποβολής προτάσεων | προκήρυξη
bg покана за представяне на проектни предложения | процедура за подбор
sl javni razpis | razpis | javni poziv
hr natječaj | javni poziv | poziv na dostavu projektnih prijedloga
sr javni poziv | konkurs | poziv za podnošenje predloga projekata
sk výzva na predkladanie žiadostí | výzva | výzva na predkladanie projektov
de Förderaufruf | Ausschreibung | Aufruf zur Einreichung von Vorschlägen
it bando | avviso pubblico | invito a presentare proposte
mk повик за предлози | јавен повик | конкурс
""")

C("project-proposal", "WG4", "call-for-proposals", """
en project proposal | grant application | funding application
ro propunere de proiect | cerere de finanțare
sq propozim projekti | aplikim për financim
hu projektjavaslat | támogatási kérelem
el πρόταση έργου | αίτηση χρηματοδότησης
bg проектно предложение | формуляр за кандидатстване
sl projektna prijava | projektni predlog | vloga za sofinanciranje
hr projektni prijedlog | prijava projekta
sr predlog projekta | projektna prijava
sk projektový návrh | žiadosť o nenávratný finančný príspevok | ŽoNFP
de Projektantrag | Förderantrag | Projektskizze
it proposta progettuale | domanda di finanziamento | domanda di contributo
mk предлог-проект | апликација за финансирање
""")

C("beneficiary", "WG4", "call-for-proposals", """
en beneficiary | grant recipient | final recipient
ro beneficiar | destinatar final
sq përfitues
hu kedvezményezett | támogatott
el δικαιούχος | τελικός αποδέκτης
bg бенефициент | краен получател
sl upravičenec | končni prejemnik
hr korisnik bespovratnih sredstava | krajnji primatelj
sr korisnik sredstava | krajnji korisnik
sk prijímateľ | konečný prijímateľ
de Zuwendungsempfänger | Begünstigter | Fördermittelempfänger
it beneficiario | destinatario finale
mk корисник на средства | краен корисник
""")

C("eligible-costs", "WG4", "call-for-proposals", """
en eligible costs | eligible expenditure | eligibility
ro cheltuieli eligibile | costuri eligibile | eligibilitate
sq kosto të pranueshme | shpenzime të pranueshme
hu elszámolható költség | támogatható költség
el επιλέξιμες δαπάνες | επιλεξιμότητα
bg допустими разходи | допустимост
sl upravičeni stroški | upravičenost
hr prihvatljivi troškovi | prihvatljivost
sr prihvatljivi troškovi | opravdani troškovi
sk oprávnené výdavky | oprávnenosť
de förderfähige Kosten | zuschussfähige Ausgaben | Förderfähigkeit
it spese ammissibili | costi ammissibili | ammissibilità
mk прифатливи трошоци | прифатливост
""")

C("simplified-cost-options", "WG4", "eligible-costs", """
en simplified cost options | lump sum | flat rate | unit costs
ro opțiuni de costuri simplificate | sumă forfetară | rată forfetară
sq opsione të kostove të thjeshtuara | shumë e përgjithshme
hu egyszerűsített költségelszámolás | átalányösszeg | átalány
el απλοποιημένο κόστος | κατ' αποκοπή ποσό | κατ' αποκοπή συντελεστής
bg опростени разходи | еднократна сума | единна ставка
sl poenostavljene možnosti obračunavanja stroškov | pavšalni znesek | pavšalna stopnja
hr pojednostavnjene opcije troškova | jednokratni iznos | paušalna stopa
sr pojednostavljene opcije troškova | paušalni iznos
sk zjednodušené vykazovanie výdavkov | paušálna suma | paušálna sadzba
de vereinfachte Kostenoptionen | Pauschalbetrag | Pauschalsatz
it opzioni semplificate in materia di costi | somma forfettaria | tasso forfettario
mk поедноставени опции за трошоци | паушален износ
""")

C("co-financing", "WG4", "funding", """
en co-financing | co-funding | match funding | own contribution | co-financing rate
ro cofinanțare | contribuție proprie | rată de cofinanțare
sq bashkëfinancim | kontribut vetjak
hu társfinanszírozás | önrész | saját forrás
el συγχρηματοδότηση | ίδια συμμετοχή
bg съфинансиране | собствен принос
sl sofinanciranje | lastna udeležba | lastni delež
hr sufinanciranje | vlastito učešće
sr sufinansiranje | sopstveno učešće
sk spolufinancovanie | spoluúčasť | vlastné zdroje
de Kofinanzierung | Eigenanteil | Eigenbeteiligung
it cofinanziamento | quota di cofinanziamento | contributo proprio
mk кофинансирање | сопствено учество
""")

C("budget", "WG4", "funding", """
en budget | budget allocation | financial allocation | public budget
ro buget | alocare financiară | buget public
sq buxhet | alokim financiar
hu költségvetés | forráskeret | pénzügyi keret
el προϋπολογισμός | κατανομή πόρων
bg бюджет | финансов ресурс
sl proračun | finančni okvir
hr proračun | financijska alokacija
sr budžet | finansijska alokacija
sk rozpočet | finančná alokácia
de Budget | Haushalt | Mittelzuweisung | Finanzrahmen
it bilancio | budget | dotazione finanziaria | stanziamento
mk буџет | финансиска алокација
""")

C("state-aid", "WG4", "funding", """
en state aid | state aid rules | aid intensity
ro ajutor de stat | intensitate a ajutorului
sq ndihmë shtetërore
hu állami támogatás | támogatási intenzitás
el κρατική ενίσχυση | ένταση ενίσχυσης
bg държавна помощ | интензитет на помощта
sl državna pomoč | intenzivnost pomoči
hr državna potpora | intenzitet potpore
sr državna pomoć | intenzitet pomoći
sk štátna pomoc | intenzita pomoci
de staatliche Beihilfe | Beihilfe | Beihilfeintensität
it aiuto di Stato | aiuti di Stato | intensità di aiuto
mk државна помош | интензитет на помошта
""")

C("de-minimis-aid", "WG4", "state-aid", """
en de minimis aid | de minimis | de minimis rule
ro ajutor de minimis | de minimis
sq ndihmë de minimis | de minimis
hu csekély összegű támogatás | de minimis támogatás | de minimis
el ενίσχυση ήσσονος σημασίας | de minimis
bg минимална помощ | de minimis
sl pomoč de minimis | de minimis
hr potpora male vrijednosti | de minimis
sr pomoć male vrednosti | de minimis
sk pomoc de minimis | de minimis
de De-minimis-Beihilfe | De-minimis-Regel
it aiuto de minimis | regime de minimis | de minimis
mk помош од мало значење | de minimis
""")

C("general-block-exemption-regulation", "WG4", "state-aid", """
en General Block Exemption Regulation | GBER | block exemption
ro Regulamentul general de exceptare pe categorii | GBER
sq rregullore e përgjithshme e përjashtimit në bllok
hu általános csoportmentességi rendelet | ÁCsR | GBER
el Γενικός Κανονισμός Απαλλαγής κατά Κατηγορία | ΓΚΑΚ
bg Общ регламент за групово освобождаване | ОРГО
sl Uredba o splošnih skupinskih izjemah | GBER
hr Uredba o općem skupnom izuzeću | GBER
sr opšta uredba o grupnom izuzeću
sk všeobecné nariadenie o skupinových výnimkách | GBER
de Allgemeine Gruppenfreistellungsverordnung | AGVO
it regolamento generale di esenzione per categoria | RGEC | GBER
mk општа уредба за групно изземање
""")

C("tax-incentive", "WG4", "funding", """
en tax incentive | tax relief | tax credit | R&D tax credit | super-deduction | tax exemption | income tax exemption
ro stimulent fiscal | facilitate fiscală | scutire de impozit | deducere fiscală | scutire de impozit pe venit
sq lehtësi fiskale | nxitje fiskale | përjashtim nga tatimi
hu adókedvezmény | adóösztönző | K+F-adókedvezmény
el φορολογικό κίνητρο | φοροαπαλλαγή | υπερέκπτωση
bg данъчно облекчение | данъчен стимул
sl davčna olajšava | davčna spodbuda
hr porezna olakšica | porezni poticaj
sr poreski podsticaj | poreska olakšica | poreski kredit
sk daňová úľava | daňové zvýhodnenie | superodpočet
de Steueranreiz | Steuervergünstigung | Forschungszulage | steuerliche Forschungsförderung
it incentivo fiscale | agevolazione fiscale | credito d'imposta | iperammortamento
mk даночно олеснување | даночен поттик
""")

C("public-procurement", "WG4", "funding", """
en public procurement | public tender | procurement procedure
ro achiziție publică | licitație publică | procedură de atribuire
sq prokurim publik | tender publik
hu közbeszerzés | közbeszerzési eljárás
el δημόσια σύμβαση | δημόσιες προμήθειες | δημόσιος διαγωνισμός
bg обществена поръчка | обществени поръчки
sl javno naročilo | javno naročanje
hr javna nabava | javni natječaj
sr javna nabavka | javne nabavke | tender
sk verejné obstarávanie | tender
de öffentliche Auftragsvergabe | öffentliche Beschaffung | Vergabeverfahren
it appalto pubblico | appalti pubblici | gara d'appalto
mk јавна набавка | јавни набавки | тендер
""")

C("pre-commercial-procurement", "WG1 WG4", "public-procurement", """
en pre-commercial procurement | PCP
ro achiziție pre-comercială
sq prokurim parakomercial
hu kereskedelmi hasznosítást megelőző beszerzés | PCP
el προεμπορική προμήθεια | προεμπορικές δημόσιες συμβάσεις
bg предтърговска поръчка | предтърговски обществени поръчки
sl predkomercialno javno naročanje | PCP
hr pretkomercijalna nabava | PCP
sr predkomercijalna nabavka
sk predobchodné obstarávanie | PCP
de vorkommerzielle Auftragsvergabe | PCP
it appalto pre-commerciale | appalti pre-commerciali | PCP
mk претпазарна набавка
""")

C("public-procurement-of-innovation", "WG1 WG4", "public-procurement", """
en public procurement of innovation | innovation procurement | PPI | innovation partnership
ro achiziții publice de inovare | parteneriat pentru inovare
sq prokurim publik i inovacionit
hu innovatív közbeszerzés | innovációs partnerség
el δημόσιες συμβάσεις καινοτομίας | σύμπραξη καινοτομίας
bg обществени поръчки за иновации | партньорство за иновации
sl javno naročanje inovacij | partnerstvo za inovacije
hr javna nabava inovacija | partnerstvo za inovacije
sr javna nabavka inovacija | partnerstvo za inovacije
sk verejné obstarávanie inovácií | inovatívne partnerstvo
de innovative öffentliche Beschaffung | Innovationspartnerschaft
it appalti pubblici di innovazione | partenariato per l'innovazione | appalto innovativo
mk јавна набавка на иновации | партнерство за иновации
""")

C("green-public-procurement", "WG2 WG4", "public-procurement", """
en green public procurement | GPP | sustainable public procurement
ro achiziții publice verzi | achiziții publice ecologice
sq prokurim publik i gjelbër
hu zöld közbeszerzés | környezetbarát közbeszerzés
el πράσινες δημόσιες συμβάσεις | πράσινες δημόσιες προμήθειες
bg зелени обществени поръчки
sl zelena javna naročila | zeleno javno naročanje
hr zelena javna nabava
sr zelene javne nabavke
sk zelené verejné obstarávanie
de umweltfreundliche öffentliche Beschaffung | grüne Beschaffung | nachhaltige Beschaffung
it appalti pubblici verdi | acquisti verdi | criteri ambientali minimi | CAM | GPP
mk зелени јавни набавки
""")

C("business-plan", "WG4", "enterprise", """
en business plan
ro plan de afaceri
sq plan biznesi
hu üzleti terv
el επιχειρηματικό σχέδιο
bg бизнес план
sl poslovni načrt
hr poslovni plan
sr biznis plan | poslovni plan
sk podnikateľský plán
de Businessplan | Geschäftsplan
it business plan | piano d'impresa
mk бизнис план
""")

C("cost-benefit-analysis", "WG4", "evaluation", """
en cost-benefit analysis | CBA
ro analiză cost-beneficiu | ACB
sq analizë kosto-përfitim
hu költség-haszon elemzés
el ανάλυση κόστους-οφέλους
bg анализ разходи-ползи
sl analiza stroškov in koristi
hr analiza troškova i koristi
sr analiza troškova i koristi
sk analýza nákladov a prínosov
de Kosten-Nutzen-Analyse
it analisi costi-benefici
mk анализа на трошоци и придобивки
""")

# ---------------------------------------------------------------------------------------
# WG5 Regional and cluster specialisation (smart specialisation)
# ---------------------------------------------------------------------------------------

C("smart-specialisation", "WG5", None, """
en smart specialisation | smart specialization | S3
ro specializare inteligentă | S3
sq specializim i zgjuar | S3
hu intelligens szakosodás | S3
el έξυπνη εξειδίκευση
bg интелигентна специализация
sl pametna specializacija
hr pametna specijalizacija
sr pametna specijalizacija
sk inteligentná špecializácia
de intelligente Spezialisierung
it specializzazione intelligente
mk паметна специјализација
""")

C("smart-specialisation-strategy", "WG5 WG1", "smart-specialisation", """
en smart specialisation strategy | RIS3 | research and innovation strategy for smart specialisation | S3 strategy
ro strategie de specializare inteligentă | strategie regională de specializare inteligentă | RIS3
sq strategji e specializimit të zgjuar
hu intelligens szakosodási stratégia | S3 stratégia | RIS3
el στρατηγική έξυπνης εξειδίκευσης | RIS3
bg иновационна стратегия за интелигентна специализация | ИСИС
sl strategija pametne specializacije | Slovenska strategija pametne specializacije | S4
hr strategija pametne specijalizacije | S3 | RIS3
sr strategija pametne specijalizacije | RIS3
sk stratégia inteligentnej špecializácie | RIS3
de Strategie für intelligente Spezialisierung | regionale Innovationsstrategie | RIS3
it strategia di specializzazione intelligente | strategia regionale di specializzazione intelligente | S3 | RIS3
mk стратегија за паметна специјализација | RIS3
""")

C("entrepreneurial-discovery-process", "WG5", "smart-specialisation", """
en entrepreneurial discovery process | EDP | entrepreneurial discovery
ro proces de descoperire antreprenorială | descoperire antreprenorială | EDP
sq proces i zbulimit sipërmarrës
hu vállalkozói felfedezési folyamat | EDP
el διαδικασία επιχειρηματικής ανακάλυψης | επιχειρηματική ανακάλυψη
bg процес на предприемаческо откритие | предприемаческо откритие
sl podjetniški proces odkrivanja | proces podjetniškega odkrivanja
hr proces poduzetničkog otkrivanja | poduzetničko otkrivanje
sr proces preduzetničkog otkrivanja | preduzetničko otkrivanje
sk proces podnikateľského objavovania | podnikateľské objavovanie
de unternehmerischer Entdeckungsprozess | EDP
it processo di scoperta imprenditoriale | scoperta imprenditoriale | EDP
mk процес на претприемничко откривање
""")

C("priority-domain", "WG5", "smart-specialisation", """
en priority domain | priority area | priority sector | specialisation domain
ro domeniu prioritar | domeniu de specializare inteligentă | sector prioritar
sq fushë prioritare | sektor prioritar
hu prioritási terület | szakosodási terület | kiemelt ágazat
el τομέας προτεραιότητας | τομέας εξειδίκευσης
bg приоритетна област | тематична област | приоритетен сектор
sl prednostno področje | področje uporabe
hr prioritetno područje | tematsko prioritetno područje
sr prioritetna oblast | prioritetni sektor
sk doména inteligentnej špecializácie | prioritná oblasť
de Spezialisierungsfeld | Prioritätsfeld | Zukunftsfeld
it area di specializzazione | ambito prioritario | settore prioritario
mk приоритетна област | приоритетен сектор
""")

C("regional-specialisation", "WG5", "smart-specialisation", """
en regional specialisation | regional specialization | economic specialisation | specialisation pattern
ro specializare regională | specializare economică
sq specializim rajonal
hu regionális specializáció | regionális szakosodás
el περιφερειακή εξειδίκευση
bg регионална специализация
sl regionalna specializacija
hr regionalna specijalizacija
sr regionalna specijalizacija
sk regionálna špecializácia
de regionale Spezialisierung
it specializzazione regionale | specializzazione produttiva
mk регионална специјализација
""")

C("location-quotient", "WG5", "regional-specialisation", """
en location quotient | LQ | specialisation index | specialisation coefficient
ro coeficient de localizare | indice de specializare
sq koeficient i lokalizimit | indeks i specializimit
hu lokációs hányados | specializációs index
el συντελεστής χωροθέτησης | δείκτης εξειδίκευσης
bg коефициент на локализация | индекс на специализация
sl lokacijski količnik | indeks specializacije
hr lokacijski koeficijent | indeks specijalizacije
sr koeficijent lokalizacije | indeks specijalizacije
sk lokalizačný koeficient | index špecializácie
de Standortquotient | Lokalisationskoeffizient | Spezialisierungsindex
it quoziente di localizzazione | indice di specializzazione
mk коефициент на локализација | индекс на специјализација
""")

C("revealed-comparative-advantage", "WG5 WG3", "regional-specialisation", """
en revealed comparative advantage | RCA | comparative advantage | Balassa index
ro avantaj comparativ relevat | avantaj comparativ
sq avantazh krahasues i shfaqur | avantazh krahasues
hu feltárt komparatív előny | komparatív előny | Balassa-index
el αποκαλυπτόμενο συγκριτικό πλεονέκτημα | συγκριτικό πλεονέκτημα
bg разкрито сравнително предимство | сравнително предимство
sl razkrita primerjalna prednost | primerjalna prednost
hr otkrivena komparativna prednost | komparativna prednost
sr otkrivena komparativna prednost | komparativna prednost
sk zjavná komparatívna výhoda | komparatívna výhoda
de offenbarter komparativer Vorteil | komparativer Vorteil | Balassa-Index
it vantaggio comparato rivelato | vantaggio comparato
mk откриена компаративна предност | компаративна предност
""")

C("economic-complexity", "WG5", "regional-specialisation", """
en economic complexity | economic complexity index | ECI | product space
ro complexitate economică | indice de complexitate economică
sq kompleksitet ekonomik
hu gazdasági komplexitás | gazdasági komplexitási index
el οικονομική πολυπλοκότητα | δείκτης οικονομικής πολυπλοκότητας
bg икономическа сложност | индекс на икономическа сложност
sl ekonomska kompleksnost | indeks ekonomske kompleksnosti
hr ekonomska složenost | indeks ekonomske složenosti
sr ekonomska složenost | indeks ekonomske složenosti
sk ekonomická komplexnosť | index ekonomickej komplexnosti
de wirtschaftliche Komplexität | ökonomische Komplexität | Index der wirtschaftlichen Komplexität
it complessità economica | indice di complessità economica
mk економска сложеност | индекс на економска сложеност
""")

C("related-variety", "WG5", "regional-specialisation", """
en related variety | related diversification | unrelated variety
ro varietate înrudită | diversificare înrudită
sq larmi e lidhur
hu kapcsolódó változatosság | rokon változatosság | kapcsolódó diverzifikáció
el συγγενής ποικιλομορφία | συναφής διαφοροποίηση
bg свързано разнообразие | свързана диверсификация
sl sorodna raznolikost | sorodna diverzifikacija
hr srodna raznolikost | srodna diversifikacija
sr srodna raznovrsnost | srodna diversifikacija
sk príbuzná rozmanitosť | príbuzná diverzifikácia
de verwandte Vielfalt | verwandte Diversifizierung | Related Variety
it varietà correlata | diversificazione correlata | related variety
mk сродна разновидност
""")

C("economic-diversification", "WG5", "regional-specialisation", """
en economic diversification | diversification
ro diversificare economică | diversificare
sq diversifikim ekonomik | diversifikim
hu gazdasági diverzifikáció | diverzifikáció
el οικονομική διαφοροποίηση | διαφοροποίηση
bg икономическа диверсификация | диверсификация
sl gospodarska diverzifikacija | diverzifikacija
hr gospodarska diversifikacija | diversifikacija
sr ekonomska diversifikacija | diversifikacija
sk hospodárska diverzifikácia | diverzifikácia
de wirtschaftliche Diversifizierung | Diversifizierung
it diversificazione economica | diversificazione
mk економска диверзификација | диверзификација
""")

C("structural-change", "WG5", "regional-development", """
en structural change | economic transformation | industrial transition | structural transformation
ro schimbare structurală | transformare economică | tranziție industrială
sq ndryshim strukturor | transformim ekonomik
hu szerkezetváltás | strukturális átalakulás | gazdasági szerkezetváltás
el διαρθρωτική αλλαγή | οικονομικός μετασχηματισμός | βιομηχανική μετάβαση
bg структурна промяна | икономическа трансформация | индустриален преход
sl strukturne spremembe | gospodarska preobrazba | industrijski prehod
hr strukturne promjene | gospodarska preobrazba | industrijska tranzicija
sr strukturne promene | ekonomska transformacija | industrijska tranzicija
sk štrukturálna zmena | hospodárska transformácia | priemyselná transformácia
de Strukturwandel | wirtschaftlicher Wandel | industrieller Wandel
it cambiamento strutturale | trasformazione economica | transizione industriale
mk структурна промена | економска трансформација
""")

C("industrial-policy", "WG5 WG1", "public-policy", """
en industrial policy | industrial strategy
ro politică industrială | strategie industrială
sq politikë industriale | strategji industriale
hu iparpolitika | iparstratégia
el βιομηχανική πολιτική | βιομηχανική στρατηγική
bg индустриална политика | индустриална стратегия
sl industrijska politika | industrijska strategija
hr industrijska politika | industrijska strategija
sr industrijska politika | industrijska strategija
sk priemyselná politika | priemyselná stratégia
de Industriepolitik | Industriestrategie
it politica industriale | strategia industriale
mk индустриска политика | индустриска стратегија
""")

C("enabling-condition", "WG5 WG4", "smart-specialisation-strategy", """
en enabling condition | ex-ante conditionality | good governance of the smart specialisation strategy
ro condiție favorizantă | condiționalitate ex-ante
sq kusht mundësues
hu feljogosító feltétel | előzetes feltétel
el αναγκαία προϋπόθεση | εκ των προτέρων αιρεσιμότητα
bg разрешаващо условие | предварително условие
sl omogočitveni pogoj | predhodna pogojenost
hr uvjet koji omogućuje provedbu | ex ante uvjet
sr omogućavajući uslov | ex ante uslov
sk základná podmienka | ex ante kondicionalita
de grundlegende Voraussetzung | Ex-ante-Konditionalität
it condizione abilitante | condizionalità ex ante
mk овозможувачки услов | ex ante услов
""")

C("regional-development", "WG5", None, """
en regional development | territorial development | local economic development
ro dezvoltare regională | dezvoltare teritorială | dezvoltare economică locală
sq zhvillim rajonal | zhvillim territorial | zhvillim ekonomik lokal
hu területfejlesztés | regionális fejlesztés | helyi gazdaságfejlesztés
el περιφερειακή ανάπτυξη | χωρική ανάπτυξη | τοπική ανάπτυξη
bg регионално развитие | териториално развитие | местно икономическо развитие
sl regionalni razvoj | teritorialni razvoj | lokalni gospodarski razvoj
hr regionalni razvoj | teritorijalni razvoj | lokalni gospodarski razvoj
sr regionalni razvoj | teritorijalni razvoj | lokalni ekonomski razvoj
sk regionálny rozvoj | územný rozvoj | miestny ekonomický rozvoj
de Regionalentwicklung | regionale Entwicklung | Raumentwicklung | lokale Wirtschaftsentwicklung
it sviluppo regionale | sviluppo territoriale | sviluppo economico locale
mk регионален развој | територијален развој | локален економски развој
""")

C("cohesion-policy", "WG5 WG4", "regional-development", """
en cohesion policy | regional policy | economic, social and territorial cohesion
ro politică de coeziune | politică regională | coeziune economică, socială și teritorială
sq politikë kohezioni | politikë rajonale
hu kohéziós politika | regionális politika | területi kohézió
el πολιτική συνοχής | περιφερειακή πολιτική | οικονομική, κοινωνική και εδαφική συνοχή
bg кохезионна политика | политика на сближаване | регионална политика
sl kohezijska politika | regionalna politika
hr kohezijska politika | regionalna politika
sr koheziona politika | politika kohezije | regionalna politika
sk politika súdržnosti | kohézna politika | regionálna politika
de Kohäsionspolitik | Regionalpolitik
it politica di coesione | politica regionale
mk кохезиска политика | регионална политика
""")

C("regional-development-agency", "WG5", "regional-development", """
en regional development agency | RDA | development agency
ro agenție de dezvoltare regională | ADR
sq agjenci e zhvillimit rajonal | agjenci zhvillimi
hu regionális fejlesztési ügynökség | területfejlesztési ügynökség
el αναπτυξιακή εταιρεία | περιφερειακή αναπτυξιακή εταιρεία | αναπτυξιακός οργανισμός
bg агенция за регионално развитие | АРР
sl regionalna razvojna agencija | RRA
hr regionalna razvojna agencija | županijska razvojna agencija | RRA
sr regionalna razvojna agencija | RRA
sk regionálna rozvojová agentúra | RRA
de regionale Entwicklungsagentur | Wirtschaftsförderungsgesellschaft
it agenzia di sviluppo regionale | agenzia regionale di sviluppo
mk регионална развојна агенција | центар за развој на плански регион
""")

C("regional-authority", "WG5", "regional-development", """
en regional authority | regional government | local authority | municipality
ro autoritate regională | consiliu județean | autoritate publică locală | primărie
sq autoritet rajonal | qark | pushtet vendor | bashki
hu regionális önkormányzat | megyei önkormányzat | helyi önkormányzat | önkormányzat
el περιφερειακή αρχή | περιφέρεια | δήμος | τοπική αυτοδιοίκηση
bg областна администрация | регионална власт | местна власт | община
sl regionalna oblast | lokalna skupnost | občina
hr regionalna samouprava | županija | lokalna samouprava | općina
sr regionalna vlast | pokrajina | lokalna samouprava | opština
sk samosprávny kraj | regionálna samospráva | miestna samospráva | obec
de Regionalbehörde | Landesregierung | Gebietskörperschaft | Kommune | Landkreis
it autorità regionale | regione | ente locale | comune | provincia
mk регионална власт | локална самоуправа | општина
""")

C("nuts-region", "WG5", "regional-development", """
en NUTS region | NUTS 2 region | NUTS 2 | statistical region | development region | planning region
ro regiune NUTS | regiune de dezvoltare | NUTS 2
sq rajon NUTS | rajon statistikor
hu NUTS-régió | tervezési-statisztikai régió | NUTS 2
el περιφέρεια NUTS | NUTS 2
bg район NUTS | район за планиране | NUTS 2
sl statistična regija | kohezijska regija | NUTS 2
hr statistička regija | NUTS 2 regija
sr statistički region | region NUTS 2 | NSTJ
sk región NUTS | NUTS 2
de NUTS-Region | NUTS-2-Region | statistische Region
it regione NUTS | NUTS 2
mk плански регион | статистички регион | NUTS 2
""")

C("regional-disparities", "WG5", "regional-development", """
en regional disparities | regional inequality | regional convergence
ro disparități regionale | convergență regională
sq pabarazi rajonale | konvergjencë rajonale
hu regionális különbségek | regionális egyenlőtlenségek | regionális konvergencia
el περιφερειακές ανισότητες | περιφερειακή σύγκλιση
bg регионални различия | регионални неравенства | регионална конвергенция
sl regionalne razlike | regionalna konvergenca
hr regionalne nejednakosti | regionalne razlike | regionalna konvergencija
sr regionalne nejednakosti | regionalne razlike | regionalna konvergencija
sk regionálne rozdiely | regionálne disparity | regionálna konvergencia
de regionale Disparitäten | regionale Ungleichheiten | regionale Konvergenz
it divari regionali | disparità regionali | convergenza regionale
mk регионални нееднаквости | регионални разлики
""")

C("less-developed-region", "WG5 WG4", "regional-disparities", """
en less developed region | lagging region | transition region | more developed region
ro regiune mai puțin dezvoltată | regiune în tranziție | regiune mai dezvoltată | regiune rămasă în urmă
sq rajon më pak i zhvilluar
hu kevésbé fejlett régió | átmeneti régió | fejlettebb régió | felzárkózó régió
el λιγότερο αναπτυγμένη περιφέρεια | περιφέρεια μετάβασης | περισσότερο αναπτυγμένη περιφέρεια
bg по-слабо развит регион | регион в преход | по-силно развит регион
sl manj razvita regija | regija v prehodu | bolj razvita regija
hr slabije razvijena regija | regija u tranziciji | razvijenija regija
sr manje razvijeni region | nedovoljno razvijeno područje
sk menej rozvinutý región | prechodný región | rozvinutejší región
de weniger entwickelte Region | Übergangsregion | stärker entwickelte Region | strukturschwache Region
it regione meno sviluppata | regione in transizione | regione più sviluppata
mk помалку развиен регион | недоволно развиено подрачје
""")

C("gdp-per-capita", "WG5", "regional-disparities", """
en GDP per capita | gross domestic product | GDP
ro PIB pe cap de locuitor | produs intern brut | PIB
sq PBB për frymë | prodhim i brendshëm bruto | PBB
hu egy főre jutó GDP | bruttó hazai termék | GDP
el κατά κεφαλήν ΑΕΠ | ακαθάριστο εγχώριο προϊόν | ΑΕΠ
bg БВП на глава от населението | брутен вътрешен продукт | БВП
sl BDP na prebivalca | bruto domači proizvod | BDP
hr BDP po stanovniku | bruto domaći proizvod | BDP
sr BDP po stanovniku | bruto domaći proizvod | BDP
sk HDP na obyvateľa | hrubý domáci produkt | HDP
de BIP pro Kopf | Bruttoinlandsprodukt | BIP
it PIL pro capite | prodotto interno lordo | PIL
mk БДП по жител | бруто домашен производ | БДП
""")

C("gross-value-added", "WG5", "regional-specialisation", """
en gross value added | GVA | value added
ro valoare adăugată brută | VAB | valoare adăugată
sq vlerë e shtuar bruto | vlerë e shtuar
hu bruttó hozzáadott érték | BHÉ | hozzáadott érték
el ακαθάριστη προστιθέμενη αξία | ΑΠΑ | προστιθέμενη αξία
bg брутна добавена стойност | БДС | добавена стойност
sl bruto dodana vrednost | BDV | dodana vrednost
hr bruto dodana vrijednost | BDV | dodana vrijednost
sr bruto dodata vrednost | BDV | dodata vrednost
sk hrubá pridaná hodnota | HPH | pridaná hodnota
de Bruttowertschöpfung | BWS | Wertschöpfung
it valore aggiunto lordo | VAL | valore aggiunto
mk бруто додадена вредност | БДВ | додадена вредност
""")

C("nace-classification", "WG5", "economic-sector", """
en NACE | statistical classification of economic activities | economic activity
ro CAEN | NACE | activitate economică
sq NVE | NACE | aktivitet ekonomik
hu TEÁOR | NACE | gazdasági tevékenység
el ΣΤΑΚΟΔ | NACE | οικονομική δραστηριότητα
bg КИД | NACE | икономическа дейност
sl SKD | NACE | gospodarska dejavnost
hr NKD | NACE | gospodarska djelatnost
sr KD | NACE | privredna delatnost
sk SK NACE | NACE | ekonomická činnosť
de WZ | NACE | Wirtschaftszweig | Wirtschaftszweigklassifikation
it ATECO | NACE | attività economica
mk НКД | NACE | економска дејност
""")

C("place-based-policy", "WG5", "cohesion-policy", """
en place-based policy | place-based approach | integrated territorial investment | ITI
ro abordare bazată pe teritoriu | investiție teritorială integrată | ITI
sq qasje e bazuar në territor
hu helyalapú megközelítés | integrált területi beruházás | ITB
el τοπικοκεντρική προσέγγιση | ολοκληρωμένη χωρική επένδυση | ΟΧΕ
bg подход, основан на местните характеристики | интегрирана териториална инвестиция | ИТИ
sl pristop na podlagi kraja | celostna teritorialna naložba | CTN
hr pristup temeljen na mjestu | integrirana teritorijalna ulaganja | ITU
sr teritorijalni pristup | integrisana teritorijalna ulaganja
sk miestne orientovaný prístup | integrovaná územná investícia | IÚI
de ortsbezogene Politik | integrierte territoriale Investition | ITI
it approccio place-based | investimento territoriale integrato | ITI
mk територијален пристап | интегрирани територијални инвестиции
""")

C("multi-level-governance", "WG5", "public-policy", """
en multi-level governance | MLG
ro guvernanță pe mai multe niveluri
sq qeverisje shumënivelëshe
hu többszintű kormányzás
el πολυεπίπεδη διακυβέρνηση
bg многостепенно управление
sl večravensko upravljanje
hr višerazinsko upravljanje | upravljanje na više razina
sr upravljanje na više nivoa | višenivoovsko upravljanje
sk viacúrovňové riadenie | viacúrovňové spravovanie
de Mehrebenen-Governance | Multi-Level-Governance
it governance multilivello
mk повеќестепено управување
""")

C("rural-development", "WG5", "regional-development", """
en rural development | rural area | countryside
ro dezvoltare rurală | zonă rurală | mediu rural
sq zhvillim rural | zonë rurale
hu vidékfejlesztés | vidéki térség
el αγροτική ανάπτυξη | ύπαιθρος | αγροτικές περιοχές
bg развитие на селските райони | селски район
sl razvoj podeželja | podeželje
hr ruralni razvoj | ruralno područje
sr ruralni razvoj | ruralno područje
sk rozvoj vidieka | vidiek
de ländliche Entwicklung | ländlicher Raum
it sviluppo rurale | area rurale | aree interne
mk рурален развој | рурална средина
""")

C("urban-development", "WG5", "regional-development", """
en urban development | sustainable urban development | smart city | metropolitan area
ro dezvoltare urbană | dezvoltare urbană durabilă | oraș inteligent | zonă metropolitană
sq zhvillim urban | qytet i zgjuar | zonë metropolitane
hu városfejlesztés | fenntartható városfejlesztés | okosváros | nagyvárosi térség
el αστική ανάπτυξη | βιώσιμη αστική ανάπτυξη | έξυπνη πόλη | μητροπολιτική περιοχή
bg градско развитие | устойчиво градско развитие | умен град
sl urbani razvoj | trajnostni urbani razvoj | pametno mesto
hr urbani razvoj | održivi urbani razvoj | pametni grad | urbano područje
sr urbani razvoj | održivi urbani razvoj | pametni grad
sk mestský rozvoj | udržateľný mestský rozvoj | inteligentné mesto
de Stadtentwicklung | nachhaltige Stadtentwicklung | Smart City | Metropolregion
it sviluppo urbano | sviluppo urbano sostenibile | città intelligente | area metropolitana
mk урбан развој | одржлив урбан развој | паметен град
""")

# ---------------------------------------------------------------------------------------
# WG6 New skills and job creation
# ---------------------------------------------------------------------------------------

C("skills", "WG6", None, """
en skills | competences | new skills
ro competențe | abilități | aptitudini
sq aftësi | kompetenca
hu készségek | kompetenciák | új készségek
el δεξιότητες | ικανότητες | νέες δεξιότητες
bg умения | компетентности | нови умения
sl spretnosti | kompetence | veščine
hr vještine | kompetencije | nove vještine
sr veštine | kompetencije | nove veštine
sk zručnosti | kompetencie | nové zručnosti
de Kompetenzen | Fähigkeiten | Fertigkeiten
it competenze | abilità | nuove competenze
mk вештини | компетенции | нови вештини
""")

C("skills-gap", "WG6", "skills", """
en skills gap | skills shortage | labour shortage | shortage occupation
ro deficit de competențe | deficit de forță de muncă | lipsă de forță de muncă calificată
sq mungesë aftësish | hendek aftësish | mungesë e fuqisë punëtore
hu készséghiány | szakemberhiány | munkaerőhiány
el έλλειμμα δεξιοτήτων | έλλειψη δεξιοτήτων | έλλειψη εργατικού δυναμικού
bg недостиг на умения | недостиг на кадри | недостиг на работна сила
sl vrzel v spretnostih | pomanjkanje kadrov | pomanjkanje delovne sile
hr nedostatak vještina | nedostatak radne snage | manjak kvalificiranih radnika
sr nedostatak veština | nedostatak radne snage | deficitarna zanimanja
sk nedostatok zručností | nedostatok pracovnej sily | nedostatkové profesie
de Fachkräftemangel | Kompetenzlücke | Qualifikationslücke | Arbeitskräftemangel
it carenza di competenze | divario di competenze | carenza di manodopera | skills gap
mk недостиг на вештини | недостиг на работна сила
""")

C("skills-mismatch", "WG6", "skills", """
en skills mismatch | qualification mismatch | over-qualification
ro inadecvare a competențelor | nepotrivire a competențelor
sq mospërputhje e aftësive
hu készségek eltérése | képzettségi eltérés
el αναντιστοιχία δεξιοτήτων
bg несъответствие на уменията
sl neskladje spretnosti | neskladje med ponudbo in povpraševanjem po znanju
hr neusklađenost vještina
sr neusklađenost veština
sk nesúlad zručností | nesúlad kvalifikácií
de Qualifikationsdiskrepanz | Kompetenzungleichgewicht | Fehlqualifikation
it disallineamento delle competenze | mismatch di competenze
mk неусогласеност на вештини
""")

C("skills-anticipation", "WG6", "skills", """
en skills anticipation | skills forecasting | skills intelligence | training needs analysis
ro anticipare a competențelor | prognoză a competențelor | analiză a nevoilor de formare
sq parashikim i aftësive | analizë e nevojave për trajnim
hu készségigények előrejelzése | képzési igényfelmérés
el πρόβλεψη αναγκών σε δεξιότητες | διάγνωση αναγκών αγοράς εργασίας | ανάλυση εκπαιδευτικών αναγκών
bg прогнозиране на потребностите от умения | анализ на потребностите от обучение
sl napovedovanje potreb po znanjih | analiza potreb po usposabljanju
hr predviđanje potreba za vještinama | analiza potreba za osposobljavanjem
sr predviđanje potreba za veštinama | analiza potreba za obukom
sk predvídanie potrieb zručností | analýza vzdelávacích potrieb
de Qualifikationsbedarfsanalyse | Fachkräftebedarfsprognose | Weiterbildungsbedarfsanalyse
it anticipazione dei fabbisogni di competenze | analisi dei fabbisogni formativi
mk предвидување на потребите од вештини | анализа на потребите од обука
""")

C("digital-skills", "WG6 WG1", "skills", """
en digital skills | digital competences | e-skills | ICT skills
ro competențe digitale | abilități digitale
sq aftësi dixhitale
hu digitális készségek | digitális kompetenciák
el ψηφιακές δεξιότητες
bg цифрови умения | дигитални умения
sl digitalne kompetence | digitalne spretnosti
hr digitalne vještine | digitalne kompetencije
sr digitalne veštine | digitalne kompetencije
sk digitálne zručnosti | digitálne kompetencie
de digitale Kompetenzen | digitale Fähigkeiten | IKT-Kompetenzen
it competenze digitali
mk дигитални вештини
""")

C("green-skills", "WG6 WG2", "skills", """
en green skills | skills for the green transition | green jobs
ro competențe verzi | locuri de muncă verzi
sq aftësi të gjelbra | vende pune të gjelbra
hu zöld készségek | zöld munkahelyek
el πράσινες δεξιότητες | πράσινες θέσεις εργασίας
bg зелени умения | зелени работни места
sl zelene kompetence | zelena delovna mesta
hr zelene vještine | zelena radna mjesta
sr zelene veštine | zelena radna mesta
sk zelené zručnosti | zelené pracovné miesta
de grüne Kompetenzen | grüne Arbeitsplätze | Green Jobs
it competenze verdi | lavori verdi | green jobs
mk зелени вештини | зелени работни места
""")

C("entrepreneurship-education", "WG6", "skills", """
en entrepreneurship education | entrepreneurial skills | entrepreneurship training
ro educație antreprenorială | competențe antreprenoriale
sq edukim sipërmarrës | aftësi sipërmarrëse
hu vállalkozói oktatás | vállalkozói készségek
el εκπαίδευση στην επιχειρηματικότητα | επιχειρηματικές δεξιότητες
bg предприемаческо обучение | предприемачески умения
sl podjetniško izobraževanje | podjetniške kompetence
hr poduzetničko obrazovanje | poduzetničke vještine
sr preduzetničko obrazovanje | preduzetničke veštine
sk podnikateľské vzdelávanie | podnikateľské zručnosti
de unternehmerische Kompetenzen | Gründerausbildung | Entrepreneurship Education
it educazione all'imprenditorialità | competenze imprenditoriali
mk претприемничко образование | претприемачки вештини
""")

C("stem", "WG6 WG1", "skills", """
en STEM | science, technology, engineering and mathematics
ro STEM | științe, tehnologie, inginerie și matematică
sq STEM | shkencë, teknologji, inxhinieri dhe matematikë
hu STEM | MTMI | természettudomány, technológia, mérnöki tudományok és matematika
el STEM | θετικές επιστήμες | επιστήμη, τεχνολογία, μηχανική και μαθηματικά
bg STEM | природни науки, технологии, инженерство и математика
sl STEM | naravoslovje, tehnika, inženirstvo in matematika
hr STEM | znanost, tehnologija, inženjerstvo i matematika
sr STEM | nauka, tehnologija, inženjerstvo i matematika
sk STEM | veda, technika, inžinierstvo a matematika
de MINT | Mathematik, Informatik, Naturwissenschaften und Technik | STEM
it STEM | discipline scientifiche, tecnologiche, ingegneristiche e matematiche
mk STEM | наука, технологија, инженерство и математика
""")

C("qualification", "WG6", "skills", """
en qualification | qualifications framework | European Qualifications Framework | EQF | national qualifications framework | NQF
ro calificare | cadru național al calificărilor | CNC | Cadrul european al calificărilor | EQF
sq kualifikim | Korniza Shqiptare e Kualifikimeve | KSHK | Korniza Evropiane e Kualifikimeve
hu képesítés | szakképesítés | Magyar Képesítési Keretrendszer | MKKR | Európai Képesítési Keretrendszer | EKKR
el προσόν | επαγγελματικά προσόντα | Εθνικό Πλαίσιο Προσόντων | Ευρωπαϊκό Πλαίσιο Επαγγελματικών Προσόντων
bg квалификация | Национална квалификационна рамка | НКР | Европейска квалификационна рамка | ЕКР
sl kvalifikacija | Slovensko ogrodje kvalifikacij | SOK | evropsko ogrodje kvalifikacij | EOK
hr kvalifikacija | Hrvatski kvalifikacijski okvir | HKO | Europski kvalifikacijski okvir | EKO
sr kvalifikacija | Nacionalni okvir kvalifikacija | NOKS | Evropski okvir kvalifikacija
sk kvalifikácia | Slovenský kvalifikačný rámec | SKKR | európsky kvalifikačný rámec | EKR
de Qualifikation | Qualifikationsrahmen | Deutscher Qualifikationsrahmen | DQR | Europäischer Qualifikationsrahmen | EQR
it qualificazione | qualifica | quadro nazionale delle qualificazioni | Quadro europeo delle qualifiche | EQF
mk квалификација | Национална рамка на квалификации | Европска квалификациска рамка
""")

C("validation-of-learning", "WG6", "qualification", """
en validation of non-formal and informal learning | recognition of prior learning | validation of skills | skills certification
ro validare a învățării non-formale și informale | certificare a competențelor | recunoaștere a competențelor
sq njohje e mësimit të mëparshëm | vërtetim i aftësive
hu nem formális és informális tanulás elismerése | előzetes tudás elismerése | kompetenciák tanúsítása
el αναγνώριση της μη τυπικής και άτυπης μάθησης | πιστοποίηση δεξιοτήτων | πιστοποίηση προσόντων
bg валидиране на знания, умения и компетентности | признаване на предходно обучение
sl priznavanje neformalno pridobljenega znanja | nacionalna poklicna kvalifikacija | NPK
hr priznavanje prethodnog učenja | vrednovanje neformalnog i informalnog učenja
sr priznavanje prethodnog učenja | PPU | validacija neformalnog učenja
sk uznávanie výsledkov neformálneho a informálneho učenia | certifikácia zručností
de Validierung nicht formalen und informellen Lernens | Anerkennung von Kompetenzen | Kompetenzfeststellung
it validazione degli apprendimenti non formali e informali | certificazione delle competenze | riconoscimento delle competenze
mk валидација на неформално и информално учење | признавање на претходно учење
""")

C("micro-credential", "WG6", "qualification", """
en micro-credential | micro-credentials | digital badge
ro microcertificare
sq mikrokredencial
hu mikrotanúsítvány
el μικροδιαπιστευτήριο | μικροπιστοποίηση
bg микроквалификация | микроудостоверение
sl mikrodokazilo
hr mikrokvalifikacija
sr mikrokvalifikacija | mikrokredencijal
sk mikrocertifikát | mikroosvedčenie
de Microcredential | Micro-Credential | Mikrozertifikat
it microcredenziale
mk микроквалификација
""")

C("training", "WG6", "human-capital", """
en training | training programme | training course
ro formare | instruire | program de formare | curs de formare
sq trajnim | program trajnimi
hu képzés | képzési program | tanfolyam
el κατάρτιση | πρόγραμμα κατάρτισης | σεμινάριο κατάρτισης
bg обучение | програма за обучение | курс за обучение
sl usposabljanje | izobraževanje | tečaj
hr osposobljavanje | obuka | edukacija | tečaj
sr obuka | edukacija | kurs
sk vzdelávanie | školenie | kurz
de Schulung | Ausbildung | Fortbildung | Lehrgang
it formazione | corso di formazione | programma formativo
mk обука | едукација | курс
""")

C("vocational-education-and-training", "WG6", "training", """
en vocational education and training | VET | vocational training | vocational school
ro învățământ profesional și tehnic | formare profesională | IPT | școală profesională
sq arsim dhe formim profesional | AFP | shkollë profesionale
hu szakképzés | szakmai oktatás és képzés | szakképző iskola
el επαγγελματική εκπαίδευση και κατάρτιση | ΕΕΚ | επαγγελματική κατάρτιση | ΕΠΑΛ
bg професионално образование и обучение | ПОО | професионално училище
sl poklicno izobraževanje in usposabljanje | PIU | poklicna šola
hr strukovno obrazovanje i osposobljavanje | strukovno obrazovanje | strukovna škola
sr stručno obrazovanje i obuka | stručno obrazovanje | srednja stručna škola
sk odborné vzdelávanie a príprava | OVP | stredná odborná škola
de berufliche Bildung | Berufsbildung | Berufsschule | berufliche Aus- und Weiterbildung
it istruzione e formazione professionale | IeFP | formazione professionale | istituto professionale
mk стручно образование и обука | стручно образование | стручно училиште
""")

C("dual-education", "WG6", "vocational-education-and-training", """
en dual education | dual vocational training | dual system | work-based learning
ro învățământ dual | învățământ profesional dual | învățare la locul de muncă
sq arsim dual | mësim në vendin e punës
hu duális képzés | duális szakképzés | munkaalapú tanulás
el δυαδικό σύστημα κατάρτισης | μάθηση στον χώρο εργασίας | δυϊκή εκπαίδευση | δυϊκό σύστημα
bg дуално обучение | дуална система | учене чрез работа
sl dualni sistem izobraževanja | učenje na delovnem mestu
hr dualno obrazovanje | učenje temeljeno na radu
sr dualno obrazovanje | učenje kroz rad
sk duálne vzdelávanie | systém duálneho vzdelávania
de duale Ausbildung | duales System | duale Berufsausbildung | arbeitsbasiertes Lernen
it sistema duale | formazione duale | alternanza scuola-lavoro | apprendimento basato sul lavoro
mk дуално образование | учење преку работа
""")

C("apprenticeship", "WG6", "vocational-education-and-training", """
en apprenticeship | apprentice | apprenticeship contract
ro ucenicie | ucenic | contract de ucenicie
sq praktikë profesionale
hu tanulószerződéses képzés | tanulószerződés | tanonc
el μαθητεία | μαθητευόμενος
bg чиракуване | чирак
sl vajeništvo | vajenec
hr naukovanje | naučnik | šegrt
sr šegrtovanje | šegrt
sk učňovstvo | učeň | učebná zmluva | učňovské školstvo
de Lehre | Lehrling | Auszubildender | Lehrstelle
it apprendistato | apprendista | contratto di apprendistato
mk чиракување | чирак
""")

C("traineeship", "WG6", "training", """
en traineeship | internship | work placement | trainee
ro stagiu | stagiu de practică | internship | stagiar
sq praktikë pune | praktikant
hu gyakornoki program | gyakornok | szakmai gyakorlat
el πρακτική άσκηση | ασκούμενος
bg стаж | стажант | стажантска програма
sl pripravništvo | praksa | pripravnik
hr pripravništvo | stručna praksa | pripravnik
sr praksa | pripravnički staž | stažiranje | pripravnik
sk stáž | odborná prax | stážista
de Praktikum | Praktikant | Traineeprogramm
it tirocinio | stage | tirocinante | stagista
mk практиканство | пракса | практикант
""")

C("on-the-job-training", "WG6", "training", """
en on-the-job training | in-company training | workplace training
ro formare la locul de muncă | instruire la locul de muncă
sq trajnim në vendin e punës
hu munkahelyi képzés | vállalati képzés
el κατάρτιση στον χώρο εργασίας | ενδοεπιχειρησιακή κατάρτιση
bg обучение на работното място | вътрешнофирмено обучение
sl usposabljanje na delovnem mestu | interno usposabljanje
hr osposobljavanje na radnom mjestu | interna obuka
sr obuka na radnom mestu | interna obuka
sk vzdelávanie na pracovisku | podnikové vzdelávanie
de innerbetriebliche Schulung | betriebliche Weiterbildung | Training on the Job
it formazione sul posto di lavoro | formazione aziendale | formazione on the job
mk обука на работно место | интерна обука
""")

C("upskilling", "WG6", "training", """
en upskilling | continuing vocational training | further training | in-service training
ro perfecționare profesională | formare profesională continuă | perfecționare
sq ngritje e kualifikimit | trajnim i vazhdueshëm
hu továbbképzés | készségfejlesztés | szakmai továbbképzés
el αναβάθμιση δεξιοτήτων | συνεχιζόμενη επαγγελματική κατάρτιση
bg повишаване на квалификацията | продължаващо професионално обучение
sl izpopolnjevanje | nadaljnje usposabljanje | dvig kompetenc
hr usavršavanje | stručno usavršavanje | dokvalifikacija
sr usavršavanje | stručno usavršavanje | dokvalifikacija
sk zvyšovanie kvalifikácie | ďalšie vzdelávanie | ďalšie odborné vzdelávanie
de Weiterbildung | Höherqualifizierung | berufliche Weiterbildung
it aggiornamento delle competenze | formazione continua | upskilling
mk доквалификација | континуирана стручна обука | унапредување на вештините
""")

C("reskilling", "WG6", "training", """
en reskilling | retraining | requalification
ro recalificare | reconversie profesională
sq rikualifikim
hu átképzés
el επανειδίκευση | επανακατάρτιση
bg преквалификация
sl prekvalifikacija
hr prekvalifikacija
sr prekvalifikacija
sk rekvalifikácia
de Umschulung | Umqualifizierung
it riqualificazione | riconversione professionale | reskilling
mk преквалификација
""")

C("lifelong-learning", "WG6", "training", """
en lifelong learning | adult education | adult learning
ro învățare pe tot parcursul vieții | educație a adulților
sq mësim gjatë gjithë jetës | arsim i të rriturve
hu egész életen át tartó tanulás | élethosszig tartó tanulás | felnőttképzés
el διά βίου μάθηση | εκπαίδευση ενηλίκων
bg учене през целия живот | образование за възрастни
sl vseživljenjsko učenje | izobraževanje odraslih
hr cjeloživotno učenje | obrazovanje odraslih
sr celoživotno učenje | obrazovanje odraslih
sk celoživotné vzdelávanie | vzdelávanie dospelých
de lebenslanges Lernen | Erwachsenenbildung
it apprendimento permanente | educazione degli adulti | formazione degli adulti
mk доживотно учење | образование на возрасни
""")

C("centre-of-vocational-excellence", "WG6", "vocational-education-and-training", """
en centre of vocational excellence | CoVE | vocational excellence | regional training centre
ro centru de excelență profesională | excelență profesională
sq qendër e ekselencës profesionale | qendër e formimit profesional
hu szakképzési kiválósági központ | szakképzési centrum
el κέντρο επαγγελματικής αριστείας
bg център за професионални постижения | център за професионално обучение
sl center poklicne odličnosti | medpodjetniški izobraževalni center
hr regionalni centar kompetentnosti | centar izvrsnosti u strukovnom obrazovanju
sr centar izuzetnosti u stručnom obrazovanju | regionalni centar za obuku
sk centrum odborného vzdelávania a prípravy | COVP | centrum odbornej excelentnosti
de Zentrum für berufliche Exzellenz | überbetriebliche Berufsbildungsstätte
it centro di eccellenza professionale | istituto tecnico superiore | ITS Academy
mk центар за стручна извонредност | регионален центар за стручно образование и обука
""")

C("higher-education", "WG6", "human-capital", """
en higher education | tertiary education | graduate | doctoral studies
ro învățământ superior | absolvent | studii doctorale
sq arsim i lartë | studime doktorature
hu felsőoktatás | diplomás | doktori képzés
el τριτοβάθμια εκπαίδευση | ανώτατη εκπαίδευση | απόφοιτος | διδακτορικές σπουδές
bg висше образование | докторантура
sl visoko šolstvo | terciarno izobraževanje | diplomant | doktorski študij
hr visoko obrazovanje | tercijarno obrazovanje | diplomant | doktorski studij
sr visoko obrazovanje | diplomac | doktorske studije
sk vysokoškolské vzdelávanie | terciárne vzdelávanie | absolvent | doktorandské štúdium
de Hochschulbildung | tertiäre Bildung | Hochschulabsolvent | Promotion
it istruzione superiore | istruzione terziaria | laureato | dottorato di ricerca
mk високо образование | докторски студии
""")

C("skills-partnership", "WG6", "skills", """
en skills partnership | Pact for Skills | sectoral skills council | sector skills alliance
ro parteneriat pentru competențe | Pactul pentru competențe | comitet sectorial | alianță sectorială pentru competențe
sq partneritet për aftësi | këshill sektorial i aftësive
hu készségpartnerség | Paktum a készségekért | ágazati készségtanács | ÁKT
el σύμπραξη δεξιοτήτων | Σύμφωνο για τις δεξιότητες | τομεακό συμβούλιο δεξιοτήτων
bg партньорство за умения | Пакт за уменията | секторен съвет за умения
sl partnerstvo za spretnosti | Pakt za spretnosti | sektorski svet
hr partnerstvo za vještine | Pakt za vještine | sektorsko vijeće
sr partnerstvo za veštine | Pakt za veštine | sektorsko veće
sk partnerstvo pre zručnosti | Pakt o zručnostiach | sektorová rada
de Kompetenzpartnerschaft | Pakt für Kompetenzen | Branchenkompetenzrat
it partenariato per le competenze | patto per le competenze | consiglio settoriale delle competenze
mk партнерство за вештини | Пакт за вештини | секторски совет за вештини
""")

C("career-guidance", "WG6", "employment", """
en career guidance | career counselling | vocational guidance
ro orientare profesională | consiliere în carieră
sq orientim në karrierë | këshillim për karrierë
hu pályaorientáció | pályatanácsadás | karriertanácsadás
el επαγγελματικός προσανατολισμός | συμβουλευτική σταδιοδρομίας
bg кариерно ориентиране | кариерно консултиране | професионално ориентиране
sl karierna orientacija | karierno svetovanje | poklicno svetovanje
hr profesionalno usmjeravanje | savjetovanje o karijeri
sr karijerno vođenje | savetovanje o karijeri | profesionalna orijentacija
sk kariérové poradenstvo | profesijná orientácia
de Berufsberatung | Berufsorientierung | Karriereberatung
it orientamento professionale | consulenza di carriera
mk кариерно советување | професионална ориентација
""")

C("mentoring", "WG6 WG1", "human-capital", """
en mentoring | coaching | mentor
ro mentorat | coaching | mentor
sq mentorim | coaching | mentor
hu mentorálás | coaching | mentorprogram
el καθοδήγηση | mentoring | coaching | μέντορας
bg менторство | коучинг | ментор
sl mentorstvo | coaching | mentor
hr mentorstvo | coaching | mentor
sr mentorstvo | koučing | mentor
sk mentoring | koučing | mentor
de Mentoring | Coaching | Mentor
it mentoring | tutoraggio | coaching | mentore
mk менторство | коучинг | ментор
""")

C("human-capital", "WG6", None, """
en human capital | human resources | human resource development
ro capital uman | resurse umane | dezvoltare a resurselor umane
sq kapital njerëzor | burime njerëzore
hu humántőke | emberi erőforrás | humánerőforrás-fejlesztés
el ανθρώπινο κεφάλαιο | ανθρώπινο δυναμικό | ανάπτυξη ανθρώπινου δυναμικού
bg човешки капитал | човешки ресурси | развитие на човешките ресурси
sl človeški kapital | človeški viri | razvoj kadrov
hr ljudski kapital | ljudski potencijali | razvoj ljudskih potencijala
sr ljudski kapital | ljudski resursi | razvoj ljudskih resursa
sk ľudský kapitál | ľudské zdroje | rozvoj ľudských zdrojov
de Humankapital | Humanressourcen | Personalentwicklung
it capitale umano | risorse umane | sviluppo delle risorse umane
mk човечки капитал | човечки ресурси | развој на човечките ресурси
""")

C("ict-specialist", "WG6 WG5", "human-capital", """
en ICT specialist | IT specialist | IT professional | information technology specialist | software developer
ro specialist IT | specialist TIC | dezvoltator de software
sq specialist IT | specialist i TIK | zhvillues softueri
hu IT-szakember | IKT-szakember | informatikus | szoftverfejlesztő | programozó
el ειδικός ΤΠΕ | ειδικός πληροφορικής | επαγγελματίας πληροφορικής | προγραμματιστής λογισμικού
bg ИКТ специалист | ИТ специалист | програмист | софтуерен разработчик
sl strokovnjak IKT | IT-strokovnjak | programer | razvijalec programske opreme
hr IKT stručnjak | IT stručnjak | informatičar | programer
sr IKT stručnjak | IT stručnjak | informatičar | programer
sk IKT špecialista | IT špecialista | IT odborník | programátor | softvérový vývojár
de IKT-Fachkraft | IT-Fachkraft | IT-Spezialist | Softwareentwickler
it specialista ICT | specialista IT | sviluppatore software
mk ИКТ специјалист | ИТ специјалист | програмер | софтверски развивач
""")

C("brain-drain", "WG6", "human-capital", """
en brain drain | emigration of skilled workers | brain gain | brain circulation
ro exod al creierelor | migrație a forței de muncă calificate
sq ikje e trurit | emigrim i të kualifikuarve
hu agyelszívás | képzett munkaerő elvándorlása
el διαρροή εγκεφάλων | brain drain
bg изтичане на мозъци | емиграция на квалифицирани кадри
sl beg možganov | odliv možganov
hr odljev mozgova | iseljavanje stručnjaka
sr odliv mozgova | odliv kadrova
sk únik mozgov | odliv mozgov
de Abwanderung von Fachkräften | Braindrain | Brain-Drain
it fuga dei cervelli | brain drain | rientro dei cervelli
mk одлив на мозоци | одлив на кадри
""")

C("talent-attraction", "WG6", "human-capital", """
en talent attraction | talent retention | return migration
ro atragere a talentelor | reținere a talentelor | migrație de întoarcere
sq tërheqje e talenteve | mbajtje e talenteve
hu tehetségvonzás | tehetségek megtartása | hazatérés ösztönzése
el προσέλκυση ταλέντων | διατήρηση ταλέντων
bg привличане на таланти | задържане на таланти
sl privabljanje talentov | zadrževanje talentov
hr privlačenje talenata | zadržavanje talenata | povratak iseljenika
sr privlačenje talenata | zadržavanje talenata
sk prilákanie talentov | udržanie talentov
de Talentgewinnung | Fachkräftegewinnung | Talentbindung | Fachkräftesicherung
it attrazione dei talenti | trattenimento dei talenti
mk привлекување таленти | задржување таленти
""")

C("employability", "WG6", "human-capital", """
en employability
ro capacitate de inserție profesională | angajabilitate
sq punësueshmëri
hu foglalkoztathatóság
el απασχολησιμότητα
bg пригодност за заетост
sl zaposljivost
hr zapošljivost
sr zapošljivost
sk zamestnateľnosť
de Beschäftigungsfähigkeit
it occupabilità
mk вработливост
""")

C("employment", "WG6", None, """
en employment | jobs | job
ro ocupare a forței de muncă | loc de muncă | angajare
sq punësim | vend pune
hu foglalkoztatás | munkahely
el απασχόληση | θέση εργασίας | θέσεις εργασίας
bg заетост | работно място | работни места
sl zaposlovanje | zaposlenost | delovno mesto
hr zapošljavanje | zaposlenost | radno mjesto
sr zapošljavanje | zaposlenost | radno mesto
sk zamestnanosť | pracovné miesto
de Beschäftigung | Arbeitsplatz | Arbeitsplätze
it occupazione | posto di lavoro | posti di lavoro
mk вработување | работно место
""")

C("job-creation", "WG6", "employment", """
en job creation | new jobs | quality jobs
ro creare de locuri de muncă | locuri de muncă noi
sq krijim i vendeve të punës
hu munkahelyteremtés | új munkahelyek
el δημιουργία θέσεων εργασίας | νέες θέσεις εργασίας
bg създаване на работни места | разкриване на работни места
sl ustvarjanje delovnih mest | nova delovna mesta
hr otvaranje radnih mjesta | stvaranje radnih mjesta | nova radna mjesta
sr otvaranje novih radnih mesta | stvaranje radnih mesta | nova radna mesta
sk tvorba pracovných miest | vytváranie pracovných miest | nové pracovné miesta
de Schaffung von Arbeitsplätzen | neue Arbeitsplätze
it creazione di posti di lavoro | nuova occupazione
mk создавање работни места | отворање нови работни места
""")

C("labour-market", "WG6", "employment", """
en labour market | labor market | workforce | labour force
ro piață a muncii | forță de muncă
sq treg i punës | fuqi punëtore
hu munkaerőpiac | munkaerő
el αγορά εργασίας | εργατικό δυναμικό
bg пазар на труда | работна сила
sl trg dela | delovna sila
hr tržište rada | radna snaga
sr tržište rada | radna snaga
sk trh práce | pracovná sila
de Arbeitsmarkt | Arbeitskräfte | Erwerbsbevölkerung
it mercato del lavoro | forza lavoro
mk пазар на труд | работна сила
""")

C("unemployment", "WG6", "employment", """
en unemployment | unemployment rate | long-term unemployment | jobseeker
ro șomaj | rată a șomajului | șomaj de lungă durată | șomer
sq papunësi | shkallë e papunësisë | punëkërkues
hu munkanélküliség | munkanélküliségi ráta | tartós munkanélküliség | álláskereső
el ανεργία | ποσοστό ανεργίας | μακροχρόνια ανεργία | άνεργος
bg безработица | равнище на безработица | продължителна безработица | безработен
sl brezposelnost | stopnja brezposelnosti | dolgotrajna brezposelnost | brezposelna oseba
hr nezaposlenost | stopa nezaposlenosti | dugotrajna nezaposlenost | nezaposlena osoba
sr nezaposlenost | stopa nezaposlenosti | dugoročna nezaposlenost | nezaposleno lice
sk nezamestnanosť | miera nezamestnanosti | dlhodobá nezamestnanosť | uchádzač o zamestnanie
de Arbeitslosigkeit | Arbeitslosenquote | Langzeitarbeitslosigkeit | Arbeitsuchender
it disoccupazione | tasso di disoccupazione | disoccupazione di lunga durata | disoccupato
mk невработеност | стапка на невработеност | долгорочна невработеност | невработено лице
""")

C("active-labour-market-policy", "WG6", "employment", """
en active labour market policy | ALMP | active labour market measures | employment policy
ro măsuri active de ocupare | politică activă pe piața muncii | politică de ocupare
sq programe aktive të tregut të punës | politikë e punësimit
hu aktív munkaerőpiaci eszközök | aktív munkaerőpiaci politika | foglalkoztatáspolitika
el ενεργητικές πολιτικές απασχόλησης | πολιτική απασχόλησης
bg активни мерки на пазара на труда | активна политика на пазара на труда | политика по заетостта
sl aktivna politika zaposlovanja | APZ | politika zaposlovanja
hr aktivna politika zapošljavanja | mjere aktivne politike zapošljavanja | politika zapošljavanja
sr aktivna politika zapošljavanja | mere aktivne politike zapošljavanja | politika zapošljavanja
sk aktívne opatrenia na trhu práce | aktívna politika trhu práce | politika zamestnanosti
de aktive Arbeitsmarktpolitik | arbeitsmarktpolitische Maßnahmen | Beschäftigungspolitik
it politiche attive del lavoro | politiche per l'occupazione | politica occupazionale
mk активни мерки за вработување | активна политика на пазарот на труд | политика на вработување
""")

C("public-employment-service", "WG6", "employment", """
en public employment service | PES | employment agency | employment office
ro serviciu public de ocupare | Agenția Națională pentru Ocuparea Forței de Muncă | ANOFM | agenție de ocupare
sq shërbim publik i punësimit | zyrë punësimi | Agjencia Kombëtare e Punësimit dhe Aftësive | AKPA
hu állami foglalkoztatási szolgálat | munkaügyi központ | foglalkoztatási osztály
el δημόσια υπηρεσία απασχόλησης | ΔΥΠΑ | ΟΑΕΔ
bg обществена служба по заетостта | Агенция по заетостта | бюро по труда
sl javna služba za zaposlovanje | Zavod za zaposlovanje | ZRSZ
hr javna služba za zapošljavanje | Hrvatski zavod za zapošljavanje | HZZ
sr javna služba zapošljavanja | Nacionalna služba za zapošljavanje | NSZ
sk verejné služby zamestnanosti | úrad práce, sociálnych vecí a rodiny | ÚPSVaR
de öffentliche Arbeitsverwaltung | Arbeitsagentur | Arbeitsamt | Jobcenter
it servizi pubblici per l'impiego | centro per l'impiego | CPI
mk јавна служба за вработување | Агенција за вработување | АВРСМ
""")

C("youth-employment", "WG6", "employment", """
en youth employment | youth unemployment | employment of young people
ro ocupare a tinerilor | șomaj în rândul tinerilor
sq punësim i të rinjve | papunësi e të rinjve
hu fiatalok foglalkoztatása | ifjúsági munkanélküliség
el απασχόληση των νέων | ανεργία των νέων
bg младежка заетост | младежка безработица
sl zaposlovanje mladih | brezposelnost mladih
hr zapošljavanje mladih | nezaposlenost mladih
sr zapošljavanje mladih | nezaposlenost mladih
sk zamestnanosť mladých ľudí | nezamestnanosť mladých
de Jugendbeschäftigung | Jugendarbeitslosigkeit
it occupazione giovanile | disoccupazione giovanile
mk вработување на младите | невработеност на младите
""")

C("youth-guarantee", "WG6", "youth-employment", """
en Youth Guarantee | NEET | young people not in employment, education or training
ro Garanția pentru tineret | NEET | tineri care nu sunt încadrați profesional și nu urmează niciun program educațional sau de formare
sq Garancia për Rininë | NEET
hu ifjúsági garancia | NEET | sem nem dolgozó, sem nem tanuló fiatalok
el Εγγύηση για τη Νεολαία | NEET | νέοι εκτός απασχόλησης, εκπαίδευσης ή κατάρτισης
bg Гаранция за младежта | NEET | младежи, които не работят и не учат
sl jamstvo za mlade | NEET | mladi, ki niso zaposleni, se ne izobražujejo ali usposabljajo
hr Garancija za mlade | NEET | mladi koji nisu zaposleni, ne obrazuju se i ne osposobljavaju
sr Garancija za mlade | NEET | mladi koji nisu zaposleni, niti su u sistemu obrazovanja ili obuke
sk záruka pre mladých ľudí | NEET | mladí ľudia, ktorí nie sú zamestnaní ani sa nevzdelávajú
de Jugendgarantie | NEET | junge Menschen, die weder arbeiten noch eine Schule besuchen oder eine Ausbildung absolvieren
it Garanzia Giovani | NEET | giovani che non studiano e non lavorano
mk Гаранција за млади | NEET | млади лица кои не се вработени, ниту се во образование или обука
""")

C("labour-mobility", "WG6 WG3", "labour-market", """
en labour mobility | worker mobility | labour migration
ro mobilitate a forței de muncă | migrație a forței de muncă
sq lëvizshmëri e fuqisë punëtore | migrim i punës
hu munkaerő-mobilitás | munkavállalói mobilitás | munkaerő-migráció
el κινητικότητα εργαζομένων | κινητικότητα εργατικού δυναμικού | μετανάστευση εργασίας
bg трудова мобилност | трудова миграция
sl mobilnost delovne sile | delovne migracije
hr mobilnost radne snage | radne migracije
sr mobilnost radne snage | radne migracije
sk mobilita pracovnej sily | pracovná migrácia
de Arbeitskräftemobilität | Arbeitsmigration | berufliche Mobilität
it mobilità dei lavoratori | mobilità del lavoro | migrazione per lavoro
mk мобилност на работната сила | трудова миграција
""")

C("gender-equality", "WG6", "social-inclusion", """
en gender equality | women entrepreneurship | equal opportunities
ro egalitate de gen | antreprenoriat feminin | egalitate de șanse
sq barazi gjinore | sipërmarrje e grave | mundësi të barabarta
hu nemek közötti egyenlőség | női vállalkozás | esélyegyenlőség
el ισότητα των φύλων | γυναικεία επιχειρηματικότητα | ίσες ευκαιρίες
bg равенство между половете | женско предприемачество | равни възможности
sl enakost spolov | žensko podjetništvo | enake možnosti
hr ravnopravnost spolova | žensko poduzetništvo | jednake mogućnosti
sr rodna ravnopravnost | žensko preduzetništvo | jednake mogućnosti
sk rodová rovnosť | podnikanie žien | rovnosť príležitostí
de Gleichstellung der Geschlechter | Unternehmerinnen | Chancengleichheit
it parità di genere | imprenditoria femminile | pari opportunità
mk родова еднаквост | женско претприемништво | еднакви можности
""")

C("social-inclusion", "WG6", "employment", """
en social inclusion | inclusive growth | vulnerable groups | disadvantaged groups
ro incluziune socială | creștere favorabilă incluziunii | grupuri vulnerabile | grupuri defavorizate
sq përfshirje sociale | grupe vulnerabile
hu társadalmi befogadás | inkluzív növekedés | hátrányos helyzetű csoportok | sérülékeny csoportok
el κοινωνική ένταξη | κοινωνική ενσωμάτωση | ευάλωτες ομάδες
bg социално включване | приобщаващ растеж | уязвими групи
sl socialna vključenost | vključujoča rast | ranljive skupine
hr socijalna uključenost | uključiv rast | ranjive skupine
sr socijalna uključenost | inkluzivni rast | ranjive grupe
sk sociálne začlenenie | inkluzívny rast | zraniteľné skupiny | znevýhodnené skupiny
de soziale Inklusion | inklusives Wachstum | benachteiligte Gruppen | schutzbedürftige Gruppen
it inclusione sociale | crescita inclusiva | gruppi vulnerabili | categorie svantaggiate
mk социјална вклученост | инклузивен раст | ранливи групи
""")

C("social-economy", "WG6 WG1", "social-inclusion", """
en social economy | social enterprise | social entrepreneurship | cooperative
ro economie socială | întreprindere socială | antreprenoriat social | cooperativă
sq ekonomi sociale | ndërmarrje sociale | sipërmarrje sociale
hu szociális gazdaság | társadalmi vállalkozás | szociális szövetkezet
el κοινωνική οικονομία | κοινωνική επιχείρηση | κοινωνική επιχειρηματικότητα | ΚοινΣΕπ
bg социална икономика | социално предприятие | социално предприемачество | кооперация
sl socialna ekonomija | socialno podjetje | socialno podjetništvo | zadruga
hr socijalna ekonomija | društveno poduzeće | društveno poduzetništvo | zadruga
sr socijalna ekonomija | socijalno preduzeće | socijalno preduzetništvo | zadruga
sk sociálna ekonomika | sociálny podnik | sociálne podnikanie | družstvo
de Sozialwirtschaft | Sozialunternehmen | Sozialunternehmertum | Genossenschaft
it economia sociale | impresa sociale | imprenditoria sociale | cooperativa
mk социјална економија | социјално претпријатие | социјално претприемништво | задруга
""")

# ---------------------------------------------------------------------------------------
# Policy cycle and mutual learning (all areas)
# ---------------------------------------------------------------------------------------

C("public-policy", "WG1 WG2 WG3 WG4 WG5 WG6", None, """
en public policy | policy-making | policy cycle
ro politică publică | elaborare a politicilor | ciclu al politicilor publice
sq politikë publike | hartim i politikave | cikël i politikave
hu közpolitika | szakpolitika | szakpolitika-alkotás | szakpolitikai ciklus
el δημόσια πολιτική | χάραξη πολιτικής | κύκλος πολιτικής
bg публична политика | разработване на политики | цикъл на политиките
sl javna politika | oblikovanje politik | politični cikel
hr javna politika | kreiranje politika | ciklus javnih politika
sr javna politika | kreiranje politika | ciklus javnih politika
sk verejná politika | tvorba politík | politický cyklus
de öffentliche Politik | Politikgestaltung | Politikzyklus
it politica pubblica | elaborazione delle politiche | ciclo delle politiche
mk јавна политика | креирање политики | циклус на политики
""")

C("cluster-policy", "WG1 WG5", "public-policy", """
en cluster policy | cluster-based policy
ro politică de cluster | politică în domeniul clusterelor
sq politikë e klasterëve | politikë për klasterët
hu klaszterpolitika
el πολιτική συστάδων | πολιτική cluster
bg клъстерна политика
sl grozdna politika | politika grozdov
hr klasterska politika
sr klasterska politika | politika klastera
sk klastrová politika
de Clusterpolitik
it politica dei cluster | politica per i cluster | politica distrettuale
mk кластерска политика
""")

C("cluster-programme", "WG1 WG4", "cluster-policy", """
en cluster programme | cluster support programme | cluster program
ro program de sprijin pentru clustere | program pentru clustere
sq program për klasterët | program për mbështetjen e klasterëve
hu klaszterprogram | klasztertámogatási program
el πρόγραμμα στήριξης συστάδων | πρόγραμμα συστάδων
bg програма за подкрепа на клъстери | клъстерна програма
sl program za grozde | program podpore grozdom
hr program potpore klasterima | klasterski program
sr program podrške klasterima | program razvoja klastera
sk program podpory klastrov | schéma podpory klastrov
de Clusterprogramm | Clusterförderprogramm | Clusterförderung
it programma per i cluster | programma di sostegno ai cluster
mk програма за поддршка на кластери | кластерска програма
""")

C("policy-instrument", "WG1 WG2 WG3 WG4 WG5 WG6", "public-policy", """
en policy instrument | support measure | support scheme | aid scheme
ro instrument de politică | măsură de sprijin | schemă de sprijin | schemă de ajutor
sq instrument politikash | masë mbështetëse | skemë mbështetëse
hu szakpolitikai eszköz | támogatási intézkedés | támogatási konstrukció | támogatási program
el εργαλείο πολιτικής | μέτρο στήριξης | καθεστώς ενίσχυσης
bg инструмент на политиката | мярка за подкрепа | схема за подпомагане | схема за помощ
sl instrument politike | podporni ukrep | shema pomoči
hr instrument politike | mjera potpore | program potpore | shema potpora
sr instrument politike | mera podrške | program podrške | šema pomoći
sk nástroj politiky | podporné opatrenie | schéma pomoci | schéma podpory
de Politikinstrument | Fördermaßnahme | Förderprogramm | Beihilferegelung
it strumento di policy | misura di sostegno | regime di aiuto | strumento agevolativo
mk инструмент на политиката | мерка за поддршка | шема за поддршка | програма за поддршка
""")

C("policy-mix", "WG5", "policy-instrument", """
en policy mix | instrument mix | combination of policy instruments
ro mix de politici | combinație de instrumente
sq përzierje politikash
hu szakpolitikai mix | eszközmix
el μείγμα πολιτικής | μείγμα πολιτικών
bg комбинация от политики | микс от политики
sl kombinacija politik | nabor ukrepov
hr kombinacija politika | miks politika
sr kombinacija politika | miks politika
sk mix politík | kombinácia nástrojov
de Policy-Mix | Instrumentenmix | Maßnahmenmix
it mix di politiche | policy mix | combinazione di strumenti
mk комбинација на политики | микс на политики
""")

C("policy-maker", "WG1 WG2 WG3 WG4 WG5 WG6", "public-policy", """
en policy maker | policymaker | decision maker
ro factor de decizie | decident | elaborator de politici
sq politikëbërës | vendimmarrës
hu döntéshozó | szakpolitikai döntéshozó
el υπεύθυνος χάραξης πολιτικής | φορέας λήψης αποφάσεων
bg създател на политики | лице, вземащо решения
sl oblikovalec politik | odločevalec
hr donositelj odluka | kreator politika
sr donosilac odluka | kreator politike
sk tvorca politiky | osoba s rozhodovacou právomocou
de Entscheidungsträger | politischer Entscheidungsträger
it decisore politico | responsabile politico | policy maker
mk креатор на политики | донесувач на одлуки
""")

C("stakeholder", "WG1 WG2 WG3 WG4 WG5 WG6", "public-policy", """
en stakeholder | stakeholder engagement | stakeholder involvement | interested party
ro parte interesată | actor relevant | implicare a părților interesate
sq palë e interesuar | përfshirje e palëve të interesuara
hu érdekelt fél | érintett | érdekelt felek bevonása
el ενδιαφερόμενο μέρος | εμπλεκόμενος φορέας | συμμετοχή των ενδιαφερόμενων μερών
bg заинтересована страна | ангажиране на заинтересованите страни
sl deležnik | zainteresirana stran | vključevanje deležnikov
hr dionik | zainteresirana strana | uključivanje dionika
sr zainteresovana strana | uključivanje zainteresovanih strana
sk zainteresovaná strana | zapojenie zainteresovaných strán
de Interessenträger | Stakeholder | Einbindung von Stakeholdern
it portatore di interesse | parte interessata | stakeholder | coinvolgimento degli stakeholder
mk засегната страна | заинтересирана страна | вклучување на засегнатите страни
""")

C("public-consultation", "WG5", "stakeholder", """
en public consultation | consultation process | public hearing
ro consultare publică | dezbatere publică
sq konsultim publik | dëgjesë publike
hu nyilvános konzultáció | társadalmi egyeztetés | közmeghallgatás
el δημόσια διαβούλευση | διαβούλευση
bg обществено обсъждане | обществена консултация
sl javna razprava | javno posvetovanje
hr javno savjetovanje | javna rasprava | e-savjetovanje
sr javna rasprava | javne konsultacije
sk verejná konzultácia | pripomienkové konanie | verejné pripomienkovanie
de öffentliche Konsultation | Anhörung | Bürgerbeteiligung
it consultazione pubblica | audizione pubblica
mk јавна расправа | јавна консултација
""")

C("action-plan", "WG1 WG2 WG3 WG4 WG5 WG6", "public-policy", """
en action plan | regional action plan | implementation plan
ro plan de acțiune | plan regional de acțiune | plan de implementare
sq plan veprimi | plan zbatimi
hu cselekvési terv | akcióterv | intézkedési terv
el σχέδιο δράσης | περιφερειακό σχέδιο δράσης | σχέδιο υλοποίησης
bg план за действие | план за изпълнение
sl akcijski načrt | izvedbeni načrt
hr akcijski plan | provedbeni plan
sr akcioni plan | plan sprovođenja
sk akčný plán | implementačný plán
de Aktionsplan | Maßnahmenplan | Umsetzungsplan
it piano d'azione | piano di attuazione
mk акциски план | план за спроведување
""")

C("roadmap", "WG5", "action-plan", """
en roadmap | road map | strategic roadmap
ro foaie de parcurs
sq udhërrëfyes | hartë rrugore
hu ütemterv | útiterv
el οδικός χάρτης | χάρτης πορείας
bg пътна карта
sl časovni načrt | kažipot
hr plan puta | putokaz
sr mapa puta | putokaz
sk cestovná mapa | plán postupu
de Fahrplan | Roadmap
it tabella di marcia | roadmap
mk патоказ | мапа на патот
""")

C("pilot-action", "WG1 WG2 WG3 WG4 WG5 WG6", "action-plan", """
en pilot action | pilot project | pilot scheme | piloting
ro acțiune pilot | proiect pilot | schemă pilot
sq veprim pilot | projekt pilot
hu pilot akció | kísérleti projekt | pilotprojekt | mintaprojekt
el πιλοτική δράση | πιλοτικό έργο | πιλοτικό πρόγραμμα
bg пилотно действие | пилотен проект | пилотна схема
sl pilotna aktivnost | pilotni projekt | pilotna shema
hr pilot-aktivnost | pilot-projekt | pilot-program
sr pilot aktivnost | pilot projekat | pilot program
sk pilotná akcia | pilotný projekt | pilotná schéma
de Pilotmaßnahme | Pilotprojekt | Modellprojekt | Pilotvorhaben
it azione pilota | progetto pilota | sperimentazione
mk пилот-активност | пилот-проект | пилот-програма
""")

C("project", "WG1 WG2 WG3 WG4 WG5 WG6", "public-policy", """
en project | project partnership | project consortium | project partner
ro proiect | parteneriat de proiect | consorțiu | partener de proiect
sq projekt | partneritet projekti | konsorcium | partner projekti
hu projekt | konzorcium | projektpartner
el έργο | εταιρικό σχήμα | εταίρος έργου
bg проект | партньорство по проекта | консорциум | партньор по проекта
sl projekt | projektno partnerstvo | konzorcij | projektni partner
hr projekt | projektno partnerstvo | konzorcij | projektni partner
sr projekat | projektno partnerstvo | konzorcijum | projektni partner
sk projekt | projektové partnerstvo | konzorcium | projektový partner
de Projekt | Projektpartnerschaft | Konsortium | Projektpartner
it progetto | partenariato di progetto | consorzio | partner di progetto
mk проект | проектно партнерство | конзорциум | проектен партнер
""")

C("lead-partner", "WG3 WG4", "project", """
en lead partner | project coordinator | lead beneficiary
ro partener principal | lider de proiect | coordonator de proiect
sq partner kryesor | koordinator i projektit
hu vezető partner | projektkoordinátor
el επικεφαλής εταίρος | συντονιστής έργου | συντονιστής φορέας
bg водещ партньор | координатор на проекта
sl vodilni partner | koordinator projekta
hr vodeći partner | koordinator projekta
sr vodeći partner | koordinator projekta
sk vedúci partner | koordinátor projektu
de Lead Partner | federführender Partner | Projektkoordinator
it capofila | partner capofila | coordinatore del progetto
mk водечки партнер | координатор на проект
""")

C("good-practice", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en good practice | best practice | success story | promising practice
ro bună practică | exemplu de bună practică | poveste de succes
sq praktikë e mirë | praktikë më e mirë | histori suksesi
hu jó gyakorlat | legjobb gyakorlat | sikertörténet
el καλή πρακτική | βέλτιστη πρακτική | ιστορία επιτυχίας
bg добра практика | най-добра практика | история на успеха
sl dobra praksa | najboljša praksa | zgodba o uspehu
hr dobra praksa | najbolja praksa | priča o uspjehu
sr dobra praksa | najbolja praksa | priča o uspehu
sk dobrá prax | osvedčený postup | príbeh úspechu
de gute Praxis | bewährte Praxis | Best Practice | Erfolgsgeschichte
it buona pratica | migliore pratica | best practice | storia di successo
mk добра практика | најдобра практика | приказна за успех
""")

C("failure", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en failure | policy failure | failed practice | failed cluster | cluster failure
ro eșec | eșec al politicii | practică nereușită | cluster eșuat
sq dështim | praktikë e dështuar | klaster i dështuar
hu kudarc | sikertelen gyakorlat | sikertelen klaszter
el αποτυχία | αποτυχία πολιτικής | αποτυχημένη πρακτική
bg неуспех | провал | неуспешна практика
sl neuspeh | neuspešna praksa
hr neuspjeh | neuspješna praksa
sr neuspeh | neuspešna praksa
sk zlyhanie | neúspech | neúspešná prax | zlyhanie klastra
de Scheitern | Misserfolg | gescheiterter Cluster
it insuccesso | fallimento delle politiche | pratica non riuscita
mk неуспех | неуспешна практика
""")

C("policy-learning", "WG1 WG2 WG3 WG4 WG5 WG6", "public-policy", """
en policy learning | mutual learning | transnational learning | interregional learning | exchange of experience
ro învățare în domeniul politicilor | învățare reciprocă | învățare transnațională | schimb de experiență
sq mësim nga politikat | mësim i ndërsjellë | shkëmbim përvojash
hu szakpolitikai tanulás | kölcsönös tanulás | transznacionális tanulás | tapasztalatcsere
el μάθηση πολιτικής | αμοιβαία μάθηση | διακρατική μάθηση | ανταλλαγή εμπειριών
bg учене в областта на политиките | взаимно учене | обмяна на опит
sl učenje politik | vzajemno učenje | transnacionalno učenje | izmenjava izkušenj
hr učenje o politikama | uzajamno učenje | razmjena iskustava
sr učenje o politikama | uzajamno učenje | razmena iskustava
sk učenie sa v oblasti politík | vzájomné učenie | výmena skúseností
de Politiklernen | gegenseitiges Lernen | transnationales Lernen | Erfahrungsaustausch
it apprendimento delle politiche | apprendimento reciproco | apprendimento transnazionale | scambio di esperienze
mk учење за политики | взаемно учење | размена на искуства
""")

C("peer-review", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en peer review | peer learning | peer assessment | peer exchange
ro evaluare inter pares | învățare între egali | evaluare colegială
sq rishikim nga kolegët | mësim ndërmjet kolegëve
hu partneri felülvizsgálat | társaktól való tanulás | peer review
el αξιολόγηση από ομοτίμους | ομότιμη μάθηση | peer review
bg партньорска проверка | партньорско учене | взаимна оценка
sl medsebojni strokovni pregled | vrstniško učenje | peer review
hr stručni pregled | istorazinsko učenje | međusobno ocjenjivanje
sr uzajamna procena | vršnjačko učenje | recenzija
sk partnerské preskúmanie | partnerské učenie | peer review
de Peer-Review | Peer-Learning | kollegiale Begutachtung
it revisione tra pari | apprendimento tra pari | peer review
mk рецензија од колеги | учење меѓу колеги
""")

C("lessons-learned", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en lessons learned | lessons learnt | success factors | failure factors
ro lecții învățate | factori de succes
sq mësime të nxjerra | faktorë suksesi
hu levont tanulságok | tanulságok | sikertényezők
el διδάγματα | αποκτηθείσα εμπειρία | παράγοντες επιτυχίας | παράγοντας επιτυχίας
bg научени уроци | извлечени поуки | фактори за успех
sl pridobljene izkušnje | naučene lekcije | dejavniki uspeha
hr naučene lekcije | stečena iskustva | čimbenici uspjeha
sr naučene lekcije | stečena iskustva | faktori uspeha
sk získané poznatky | ponaučenia | faktory úspechu
de gewonnene Erkenntnisse | Lessons Learned | Erfolgsfaktoren
it lezioni apprese | insegnamenti tratti | fattori di successo
mk научени лекции | стекнати искуства | фактори за успех
""")

C("transferability", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en transferability | transfer of good practice | replicability | scaling up
ro transferabilitate | transfer de bune practici | replicabilitate
sq transferueshmëri | transferim i praktikave të mira
hu átvehetőség | átültethetőség | jó gyakorlatok átadása
el μεταβιβασιμότητα | μεταφορά καλών πρακτικών | δυνατότητα αναπαραγωγής
bg прехвърляемост | трансфер на добри практики | възпроизводимост
sl prenosljivost | prenos dobrih praks | ponovljivost
hr prenosivost | prijenos dobre prakse | ponovljivost
sr prenosivost | prenos dobre prakse | ponovljivost
sk prenosnosť | prenos dobrej praxe | replikovateľnosť
de Übertragbarkeit | Transfer guter Praxis | Replizierbarkeit
it trasferibilità | trasferimento di buone pratiche | replicabilità
mk преносливост | пренос на добри практики
""")

C("policy-recommendation", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en policy recommendation | policy brief
ro recomandare de politică | notă de politică
sq rekomandim politikash | përmbledhje politikash
hu szakpolitikai ajánlás | szakpolitikai összefoglaló
el σύσταση πολιτικής | συστάσεις πολιτικής | ενημερωτικό σημείωμα πολιτικής
bg препоръка за политиката | резюме на политика
sl priporočilo za politiko | povzetek za oblikovalce politik
hr preporuka za politiku | sažetak politike
sr preporuka za politiku | predlog praktične politike
sk politické odporúčanie | odporúčanie pre tvorcov politík | policy brief
de Politikempfehlung | Handlungsempfehlung | Policy Brief
it raccomandazione di policy | raccomandazione politica | policy brief
mk препорака за политика | краток преглед на политика
""")

C("capacity-building", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en capacity building | institutional capacity | administrative capacity
ro consolidare a capacității | capacitate instituțională | capacitate administrativă
sq ngritje e kapaciteteve | kapacitet institucional | kapacitet administrativ
hu kapacitásépítés | intézményi kapacitás | igazgatási kapacitás
el ενίσχυση ικανοτήτων | θεσμική ικανότητα | διοικητική ικανότητα
bg изграждане на капацитет | институционален капацитет | административен капацитет
sl krepitev zmogljivosti | institucionalna usposobljenost | upravna zmogljivost
hr izgradnja kapaciteta | institucionalni kapacitet | administrativni kapacitet
sr izgradnja kapaciteta | institucionalni kapacitet | administrativni kapacitet
sk budovanie kapacít | inštitucionálna kapacita | administratívna kapacita
de Kapazitätsaufbau | institutionelle Kapazität | Verwaltungskapazität
it rafforzamento delle capacità | capacità istituzionale | capacità amministrativa
mk градење капацитети | институционален капацитет | административен капацитет
""")

C("working-group", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en working group | thematic working group | task force | thematic area
ro grup de lucru | grup de lucru tematic | arie tematică
sq grup pune | grup pune tematik | fushë tematike
hu munkacsoport | tematikus munkacsoport | tematikus terület
el ομάδα εργασίας | θεματική ομάδα εργασίας | θεματική ενότητα
bg работна група | тематична работна група
sl delovna skupina | tematska delovna skupina | tematsko področje
hr radna skupina | tematska radna skupina | tematsko područje
sr radna grupa | tematska radna grupa | tematska oblast
sk pracovná skupina | tematická pracovná skupina | tematická oblasť
de Arbeitsgruppe | thematische Arbeitsgruppe | Themenbereich
it gruppo di lavoro | gruppo di lavoro tematico | area tematica
mk работна група | тематска работна група | тематска област
""")

C("steering-committee", "WG4 WG5", "project", """
en steering committee | monitoring committee | advisory board
ro comitet director | comitet de monitorizare | consiliu consultativ
sq komitet drejtues | komitet monitorimi | bord këshillimor
hu irányító bizottság | monitoring bizottság | tanácsadó testület
el επιτροπή καθοδήγησης | επιτροπή παρακολούθησης | συμβουλευτικό όργανο
bg управителен комитет | комитет за наблюдение | консултативен съвет
sl usmerjevalni odbor | nadzorni odbor | svetovalni odbor
hr upravljački odbor | odbor za praćenje | savjetodavni odbor
sr upravni odbor | odbor za praćenje | savetodavni odbor
sk riadiaci výbor | monitorovací výbor | poradný výbor
de Lenkungsausschuss | Begleitausschuss | Beirat
it comitato di pilotaggio | comitato di sorveglianza | comitato consultivo
mk управен одбор | одбор за следење | советодавно тело
""")

C("workshop", "WG1 WG2 WG3 WG4 WG5 WG6", "policy-learning", """
en workshop | seminar | conference
ro atelier de lucru | workshop | seminar | conferință
sq punëtori | seminar | konferencë
hu workshop | műhelymunka | szeminárium | konferencia
el εργαστήριο | ημερίδα | σεμινάριο | συνέδριο
bg работна среща | уъркшоп | семинар | конференция
sl delavnica | seminar | konferenca
hr radionica | seminar | konferencija
sr radionica | seminar | konferencija
sk workshop | pracovné stretnutie | seminár | konferencia
de Workshop | Seminar | Konferenz | Fachtagung
it workshop | seminario | convegno | conferenza
mk работилница | семинар | конференција
""")

C("monitoring", "WG5", "public-policy", """
en monitoring | monitoring system | follow-up
ro monitorizare | sistem de monitorizare
sq monitorim | sistem monitorimi
hu monitoring | nyomon követés | monitoringrendszer
el παρακολούθηση | σύστημα παρακολούθησης
bg мониторинг | наблюдение | система за мониторинг
sl spremljanje | monitoring
hr praćenje | monitoring | sustav praćenja
sr praćenje | monitoring | sistem praćenja
sk monitorovanie | monitoring
de Monitoring | Begleitung | Überwachung
it monitoraggio | sistema di monitoraggio
mk мониторинг | следење
""")

C("evaluation", "WG5", "public-policy", """
en evaluation | ex-ante evaluation | mid-term evaluation | ex-post evaluation | policy evaluation
ro evaluare | evaluare ex-ante | evaluare intermediară | evaluare ex-post
sq vlerësim | vlerësim ex-ante | vlerësim afatmesëm | vlerësim ex-post
hu értékelés | előzetes értékelés | félidős értékelés | utólagos értékelés
el αξιολόγηση | εκ των προτέρων αξιολόγηση | ενδιάμεση αξιολόγηση | εκ των υστέρων αξιολόγηση
bg оценка | предварителна оценка | междинна оценка | последваща оценка
sl vrednotenje | evalvacija | predhodno vrednotenje | vmesno vrednotenje | naknadno vrednotenje
hr vrednovanje | evaluacija | prethodno vrednovanje | naknadno vrednovanje
sr evaluacija | vrednovanje | ex-ante evaluacija | ex-post evaluacija
sk hodnotenie | ex ante hodnotenie | priebežné hodnotenie | ex post hodnotenie
de Evaluierung | Evaluation | Ex-ante-Evaluierung | Halbzeitbewertung | Ex-post-Evaluierung
it valutazione | valutazione ex ante | valutazione intermedia | valutazione ex post
mk евалуација | оценување | претходна евалуација | последователна евалуација
""")

C("impact-assessment", "WG5", "evaluation", """
en impact assessment | impact evaluation | regulatory impact assessment | RIA
ro evaluare a impactului | analiză de impact
sq vlerësim i ndikimit | analizë e ndikimit të rregullimit
hu hatásvizsgálat | hatásértékelés | hatáselemzés
el εκτίμηση επιπτώσεων | αξιολόγηση επιπτώσεων | ανάλυση συνεπειών ρύθμισης
bg оценка на въздействието | анализ на въздействието
sl ocena učinkov | presoja posledic
hr procjena učinka | procjena učinaka propisa
sr analiza efekata | procena uticaja | analiza efekata propisa
sk hodnotenie vplyvu | posúdenie vplyvov
de Folgenabschätzung | Wirkungsanalyse | Gesetzesfolgenabschätzung
it valutazione d'impatto | analisi d'impatto della regolamentazione | AIR
mk проценка на влијанието | анализа на влијание на регулативата | ПВР
""")

C("indicator", "WG5", "monitoring", """
en indicator | output indicator | result indicator | key performance indicator | KPI
ro indicator | indicator de realizare | indicator de rezultat | indicator-cheie de performanță
sq tregues | tregues i rezultatit | tregues kyç i performancës
hu mutató | indikátor | output indikátor | eredményindikátor
el δείκτης | δείκτης εκροών | δείκτης αποτελεσμάτων | βασικός δείκτης επιδόσεων
bg индикатор | показател | индикатор за изпълнение | индикатор за резултат
sl kazalnik | indikator | kazalnik učinka | kazalnik rezultata
hr pokazatelj | indikator | pokazatelj ostvarenja | pokazatelj rezultata
sr indikator | pokazatelj | indikator učinka | indikator rezultata
sk ukazovateľ | indikátor | ukazovateľ výstupu | ukazovateľ výsledku
de Indikator | Outputindikator | Ergebnisindikator | Leistungskennzahl | Kennzahl
it indicatore | indicatore di output | indicatore di risultato | indicatore chiave di prestazione
mk индикатор | показател | индикатор за резултат
""")

C("baseline", "WG5", "indicator", """
en baseline | baseline value | baseline study | reference value
ro valoare de referință | situație de referință | studiu de referință
sq vlerë bazë | situatë fillestare
hu bázisérték | kiinduló érték | kiindulási helyzet
el τιμή βάσης | τιμή αναφοράς | μελέτη βάσης
bg базова стойност | изходна стойност | изходно положение
sl izhodiščna vrednost | izhodiščno stanje
hr polazna vrijednost | početna vrijednost | polazno stanje
sr polazna vrednost | početna vrednost | početno stanje
sk východisková hodnota | počiatočná hodnota | východiskový stav
de Ausgangswert | Basiswert | Ausgangslage | Referenzwert
it valore di base | valore di riferimento | baseline | situazione di partenza
mk почетна вредност | основна вредност | почетна состојба
""")

C("target-value", "WG5", "indicator", """
en target value | quantified target | milestone
ro valoare-țintă | țintă cuantificată | jalon
sq vlerë e synuar | synim i kuantifikuar
hu célérték | számszerűsített cél | mérföldkő
el τιμή-στόχος | ποσοτικός στόχος | ορόσημο
bg целева стойност | количествена цел | етапна цел
sl ciljna vrednost | mejnik
hr ciljna vrijednost | kvantificirani cilj | ključna etapa
sr ciljna vrednost | kvantifikovani cilj
sk cieľová hodnota | kvantifikovaný cieľ | míľnik
de Zielwert | quantifiziertes Ziel | Etappenziel
it valore obiettivo | valore target | target intermedio
mk целна вредност | квантифицирана цел
""")

C("needs-analysis", "WG5", "evaluation", """
en needs analysis | needs assessment | SWOT analysis | situation analysis | gap analysis
ro analiză a nevoilor | evaluare a nevoilor | analiză SWOT | analiză a situației existente
sq analizë e nevojave | vlerësim i nevojave | analizë SWOT
hu igényfelmérés | szükségletfelmérés | SWOT-elemzés | helyzetelemzés
el ανάλυση αναγκών | ανάλυση SWOT | αποτύπωση υφιστάμενης κατάστασης
bg анализ на потребностите | оценка на потребностите | SWOT анализ | анализ на текущото състояние
sl analiza potreb | analiza SWOT | analiza stanja
hr analiza potreba | SWOT analiza | analiza stanja
sr analiza potreba | SWOT analiza | analiza stanja
sk analýza potrieb | SWOT analýza | analýza súčasného stavu
de Bedarfsanalyse | SWOT-Analyse | Bestandsaufnahme | Situationsanalyse
it analisi dei fabbisogni | analisi SWOT | analisi di contesto
mk анализа на потребите | SWOT анализа | анализа на состојбата
""")

C("feasibility-study", "WG4 WG5", "evaluation", """
en feasibility study | pre-feasibility study
ro studiu de fezabilitate | studiu de prefezabilitate
sq studim fizibiliteti
hu megvalósíthatósági tanulmány
el μελέτη σκοπιμότητας | μελέτη βιωσιμότητας
bg предпроектно проучване | проучване за осъществимост
sl študija izvedljivosti
hr studija izvodljivosti
sr studija izvodljivosti
sk štúdia uskutočniteľnosti
de Machbarkeitsstudie
it studio di fattibilità
mk физибилити студија | студија за изводливост
""")

C("case-study", "WG1 WG2 WG3 WG4 WG5 WG6", "evaluation", """
en case study
ro studiu de caz
sq studim rasti
hu esettanulmány
el μελέτη περίπτωσης
bg казус | изследване на случай
sl študija primera
hr studija slučaja
sr studija slučaja
sk prípadová štúdia
de Fallstudie
it caso di studio | studio di caso
mk студија на случај
""")

C("survey", "WG5", "evaluation", """
en survey | questionnaire | business survey | focus group | interview
ro anchetă | chestionar | sondaj | focus grup | interviu
sq anketë | pyetësor | fokus grup | intervistë
hu kérdőíves felmérés | kérdőív | fókuszcsoport | interjú
el έρευνα πεδίου | ερωτηματολόγιο | ομάδα εστίασης | συνέντευξη
bg проучване | анкета | въпросник | фокус група | интервю
sl anketa | vprašalnik | fokusna skupina | intervju
hr anketa | upitnik | fokus grupa | intervju
sr anketa | upitnik | fokus grupa | intervju
sk prieskum | dotazník | fokusová skupina | rozhovor
de Umfrage | Befragung | Fragebogen | Fokusgruppe | Interview
it indagine | questionario | focus group | intervista
mk анкета | прашалник | фокус група | интервју
""")

C("dissemination", "WG1 WG2 WG3 WG4 WG5 WG6", "project", """
en dissemination | communication | visibility | capitalisation
ro diseminare | comunicare | vizibilitate | capitalizare
sq shpërndarje e rezultateve | komunikim | dukshmëri
hu disszemináció | eredmények terjesztése | kommunikáció | nyilvánosság
el διάχυση αποτελεσμάτων | δημοσιότητα | επικοινωνία | κεφαλαιοποίηση
bg разпространение на резултатите | комуникация | публичност | капитализация
sl razširjanje rezultatov | komuniciranje | prepoznavnost | kapitalizacija
hr diseminacija | širenje rezultata | komunikacija | vidljivost
sr diseminacija | širenje rezultata | komunikacija | vidljivost
sk šírenie výsledkov | diseminácia | komunikácia | publicita
de Verbreitung der Ergebnisse | Dissemination | Öffentlichkeitsarbeit | Kapitalisierung
it disseminazione | diffusione dei risultati | comunicazione | visibilità | capitalizzazione
mk дисеминација | ширење на резултатите | комуникација | видливост
""")

# ---------------------------------------------------------------------------------------
# Sectors clusters are in (all areas, mostly WG5)
# ---------------------------------------------------------------------------------------

C("economic-sector", "WG5", None, """
en economic sector | industry sector | industrial sector | branch of industry
ro sector economic | sector industrial | ramură industrială
sq sektor ekonomik | sektor industrial | degë e industrisë
hu gazdasági ágazat | ágazat | iparág
el οικονομικός κλάδος | κλάδος | τομέας της οικονομίας
bg икономически сектор | отрасъл | индустриален сектор
sl gospodarska panoga | panoga | industrijska panoga
hr gospodarski sektor | gospodarska grana | industrijska grana
sr privredni sektor | privredna grana | industrijska grana
sk hospodárske odvetvie | odvetvie | priemyselné odvetvie
de Branche | Wirtschaftssektor | Industriezweig
it settore economico | comparto | settore industriale
mk економски сектор | стопанска гранка | индустриска гранка
""")

C("automotive", "WG5 WG1", "economic-sector", """
en automotive industry | automotive | car industry | automotive supplier
ro industrie auto | industrie de automobile | sector auto | componente auto
sq industri automobilistike | pjesë automobilistike
hu járműipar | autóipar | gépjárműipar | autóipari beszállító
el αυτοκινητοβιομηχανία | βιομηχανία αυτοκινήτων | ανταλλακτικά αυτοκινήτων
bg автомобилна индустрия | автомобилостроене | автомобилни компоненти
sl avtomobilska industrija | avtomobilski dobavitelj
hr automobilska industrija | autoindustrija | automobilski dijelovi
sr automobilska industrija | auto-industrija | auto-delovi
sk automobilový priemysel | automobilový dodávateľ
de Automobilindustrie | Autoindustrie | Fahrzeugbau | Automobilzulieferer
it settore automotive | industria automobilistica | automotive | componentistica auto
mk автомобилска индустрија | автомобилски делови
""")

C("ict-sector", "WG5 WG1", "economic-sector", """
en ICT | information and communication technologies | ICT sector | IT sector | software industry | information technology
ro tehnologia informației și comunicațiilor | TIC | sector IT | industrie software
sq teknologji e informacionit dhe komunikimit | TIK | sektor IT | industri e softuerit
hu info-kommunikációs technológia | IKT | informatikai ágazat | szoftveripar
el τεχνολογίες πληροφορικής και επικοινωνιών | ΤΠΕ | κλάδος πληροφορικής | βιομηχανία λογισμικού
bg информационни и комуникационни технологии | ИКТ | ИТ сектор | софтуерна индустрия
sl informacijsko-komunikacijske tehnologije | IKT | informacijska tehnologija | programska oprema
hr informacijske i komunikacijske tehnologije | IKT | IT sektor | softverska industrija
sr informaciono-komunikacione tehnologije | IKT | IT sektor | softverska industrija
sk informačné a komunikačné technológie | IKT | IT sektor | softvérový priemysel
de Informations- und Kommunikationstechnologie | IKT | IT-Branche | Softwareindustrie
it tecnologie dell'informazione e della comunicazione | TIC | ICT | settore ICT | industria del software
mk информатички и комуникациски технологии | ИКТ | ИТ сектор | софтверска индустрија
""")

C("agri-food", "WG5 WG2", "economic-sector", """
en agri-food | agri-food sector | food industry | food processing | food and beverages
ro agroalimentar | sector agroalimentar | industrie alimentară | procesare alimentară
sq sektor agroushqimor | industri ushqimore | përpunim i ushqimit
hu agrár-élelmiszeripar | élelmiszeripar | élelmiszer-feldolgozás
el αγροδιατροφή | αγροδιατροφικός τομέας | βιομηχανία τροφίμων | μεταποίηση τροφίμων
bg агрохранителен сектор | хранително-вкусова промишленост | преработка на храни
sl agroživilstvo | živilska industrija | predelava hrane
hr poljoprivredno-prehrambeni sektor | prehrambena industrija | prerada hrane
sr agroindustrija | prehrambena industrija | prerada hrane | agrobiznis
sk agropotravinársky sektor | potravinársky priemysel | spracovanie potravín
de Agrar- und Ernährungswirtschaft | Lebensmittelindustrie | Ernährungsindustrie | Lebensmittelverarbeitung
it agroalimentare | settore agroalimentare | industria alimentare | trasformazione alimentare
mk агро-прехранбен сектор | прехранбена индустрија | преработка на храна
""")

C("medicinal-and-aromatic-plants", "WG5 WG2", "agri-food", """
en medicinal and aromatic plants | MAP sector | medicinal plants
ro plante medicinale și aromatice | plante medicinale
sq bimë mjekësore dhe aromatike | BMA | bimë mjekësore
hu gyógy- és aromanövények | gyógynövény
el αρωματικά και φαρμακευτικά φυτά | φαρμακευτικά φυτά | αρωματικά φυτά
bg лечебни и ароматни растения | лечебни растения | билки
sl zdravilne in aromatične rastline | zdravilne rastline
hr ljekovito i aromatično bilje | ljekovito bilje
sr lekovito i aromatično bilje | lekovito bilje
sk liečivé a aromatické rastliny | liečivé rastliny
de Arznei- und Gewürzpflanzen | Heilpflanzen | Arzneipflanzen
it piante officinali | piante medicinali e aromatiche
mk лековити и ароматични растенија | лековити растенија | билки
""")

C("agriculture", "WG5 WG2", "agri-food", """
en agriculture | farming | precision agriculture | smart farming | agritech
ro agricultură | agricultură de precizie | agricultură inteligentă
sq bujqësi | bujqësi precize
hu mezőgazdaság | precíziós mezőgazdaság | agrártechnológia
el γεωργία | αγροτικός τομέας | γεωργία ακριβείας | έξυπνη γεωργία
bg селско стопанство | земеделие | прецизно земеделие
sl kmetijstvo | precizno kmetijstvo
hr poljoprivreda | precizna poljoprivreda
sr poljoprivreda | precizna poljoprivreda
sk poľnohospodárstvo | precízne poľnohospodárstvo
de Landwirtschaft | Präzisionslandwirtschaft | Agrartechnik
it agricoltura | agricoltura di precisione | agritech
mk земјоделство | прецизно земјоделство
""")

C("wine-sector", "WG5", "agri-food", """
en wine sector | wine | viticulture | winemaking | wine tourism
ro vitivinicultură | sector vitivinicol | vin | viticultură | enoturism
sq vreshtari | verë | prodhim vere
hu borászat | borágazat | bor | szőlészet | borturizmus
el οινοποιία | αμπελοοινικός τομέας | κρασί | αμπελουργία | οινοτουρισμός
bg винарство | лозаро-винарски сектор | вино | лозарство | винен туризъм
sl vinarstvo | vinogradništvo | vino | vinski turizem
hr vinarstvo | vinogradarstvo | vino | vinski turizam
sr vinarstvo | vinogradarstvo | vino | vinski turizam
sk vinárstvo | vinohradníctvo | víno | vínna turistika
de Weinwirtschaft | Weinbau | Wein | Weintourismus
it settore vitivinicolo | vitivinicolo | vino | viticoltura | enoturismo
mk винарство | лозарство | вино | вински туризам
""")

C("geographical-indication", "WG5 WG1", "intellectual-property", """
en geographical indication | protected designation of origin | PDO | protected geographical indication | PGI
ro indicație geografică | denumire de origine protejată | DOP | indicație geografică protejată | IGP
sq tregues gjeografik | emërtim i mbrojtur i origjinës
hu földrajzi árujelző | oltalom alatt álló eredetmegjelölés | OEM | oltalom alatt álló földrajzi jelzés | OFJ
el γεωγραφική ένδειξη | προστατευόμενη ονομασία προέλευσης | ΠΟΠ | προστατευόμενη γεωγραφική ένδειξη | ΠΓΕ
bg географско указание | защитено наименование за произход | ЗНП | защитено географско указание | ЗГУ
sl geografska označba | zaščitena označba porekla | zaščitena geografska označba
hr oznaka zemljopisnog podrijetla | zaštićena oznaka izvornosti | zaštićena oznaka zemljopisnog podrijetla
sr geografska oznaka porekla | zaštićena oznaka porekla | oznaka geografskog porekla
sk zemepisné označenie | chránené označenie pôvodu | chránené zemepisné označenie
de geografische Angabe | geschützte Ursprungsbezeichnung | g.U. | geschützte geografische Angabe | g.g.A.
it indicazione geografica | denominazione di origine protetta | DOP | indicazione geografica protetta | IGP
mk географска ознака | заштитена ознака за потекло | ознака за географско потекло
""")

C("fisheries-and-aquaculture", "WG5 WG2", "agri-food", """
en fisheries and aquaculture | fisheries | aquaculture
ro pescuit și acvacultură | pescuit | acvacultură
sq peshkim dhe akuakulturë | peshkim | akuakulturë
hu halászat és akvakultúra | halászat | haltenyésztés
el αλιεία και υδατοκαλλιέργεια | αλιεία | υδατοκαλλιέργεια
bg рибарство и аквакултури | рибарство | аквакултури
sl ribištvo in akvakultura | ribištvo | akvakultura
hr ribarstvo i akvakultura | ribarstvo | akvakultura
sr ribarstvo i akvakultura | ribarstvo | akvakultura
sk rybárstvo a akvakultúra | rybárstvo | akvakultúra
de Fischerei und Aquakultur | Fischerei | Aquakultur
it pesca e acquacoltura | acquacoltura | settore ittico
mk рибарство и аквакултура | рибарство | аквакултура
""")

C("wood-and-furniture", "WG5 WG2", "economic-sector", """
en wood and furniture | furniture industry | wood processing | woodworking
ro industrie a lemnului și mobilei | industrie a mobilei | prelucrare a lemnului
sq industri e drurit dhe mobiljeve | industri e mobiljeve | përpunim i drurit
hu fa- és bútoripar | bútoripar | faipar | fafeldolgozás
el ξύλο και έπιπλο | βιομηχανία επίπλου | επιπλοποιία | κατεργασία ξύλου
bg дървообработваща и мебелна промишленост | мебелна индустрия | дървообработване
sl lesna in pohištvena industrija | pohištvena industrija | lesarstvo | predelava lesa
hr drvna i namještajna industrija | industrija namještaja | drvoprerađivačka industrija | prerada drva
sr drvna industrija | industrija nameštaja | prerada drveta
sk drevospracujúci a nábytkársky priemysel | nábytkársky priemysel | spracovanie dreva
de Holz- und Möbelindustrie | Möbelindustrie | Holzverarbeitung | Holzwirtschaft
it legno-arredo | industria del mobile | lavorazione del legno | filiera del legno
mk дрвна и мебелна индустрија | мебелна индустрија | преработка на дрво
""")

C("forestry", "WG5 WG2", "wood-and-furniture", """
en forestry | forest-based sector | forest management
ro silvicultură | sector forestier | gestionare a pădurilor
sq pylltari | menaxhim i pyjeve
hu erdőgazdálkodás | erdészet
el δασοκομία | δασικός τομέας | διαχείριση δασών
bg горско стопанство | горски сектор
sl gozdarstvo | gozdno-lesna veriga
hr šumarstvo | gospodarenje šumama
sr šumarstvo | gazdovanje šumama
sk lesníctvo | lesné hospodárstvo
de Forstwirtschaft | Waldbewirtschaftung
it silvicoltura | settore forestale | gestione forestale
mk шумарство | стопанисување со шуми
""")

C("textiles-and-clothing", "WG5", "economic-sector", """
en textiles and clothing | textile industry | apparel | fashion industry | garment industry
ro industrie textilă | confecții | industrie a modei
sq industri e tekstilit | konfeksione | industri e modës
hu textil- és ruházati ipar | textilipar | ruhaipar | divatipar
el κλωστοϋφαντουργία | βιομηχανία ένδυσης | ένδυση | βιομηχανία μόδας
bg текстилна и шивашка промишленост | шивашка индустрия | модна индустрия
sl tekstilna in oblačilna industrija | tekstilna industrija | modna industrija
hr tekstilna i odjevna industrija | tekstilna industrija | modna industrija
sr tekstilna industrija | industrija odeće | modna industrija
sk textilný a odevný priemysel | textilný priemysel | odevný priemysel | módny priemysel
de Textil- und Bekleidungsindustrie | Textilindustrie | Bekleidungsindustrie | Modeindustrie
it tessile-abbigliamento | industria tessile | abbigliamento | sistema moda
mk текстилна индустрија | конфекциска индустрија | модна индустрија
""")

C("leather-and-footwear", "WG5", "textiles-and-clothing", """
en leather and footwear | footwear industry | leather industry
ro industrie a pielăriei și încălțămintei | încălțăminte | pielărie
sq industri e lëkurës dhe këpucëve
hu bőr- és cipőipar | cipőipar | bőripar
el δέρμα και υπόδηση | βιομηχανία υποδημάτων | βυρσοδεψία
bg кожарска и обувна промишленост | обувна промишленост
sl usnjarska in obutvena industrija | obutvena industrija
hr kožarska i obućarska industrija | industrija obuće
sr industrija kože i obuće | industrija obuće
sk kožiarsky a obuvnícky priemysel | obuvnícky priemysel
de Leder- und Schuhindustrie | Schuhindustrie | Lederindustrie
it pelle e calzature | industria calzaturiera | conceria | pelletteria
mk кожарска и чевларска индустрија | чевларска индустрија
""")

C("tourism", "WG5 WG2", "economic-sector", """
en tourism | tourism industry | hospitality | sustainable tourism | cultural tourism
ro turism | industrie a turismului | ospitalitate | turism durabil | turism cultural
sq turizëm | industri e turizmit | mikpritje | turizëm i qëndrueshëm | turizëm kulturor
hu turizmus | idegenforgalom | vendéglátás | fenntartható turizmus | kulturális turizmus
el τουρισμός | τουριστικός κλάδος | φιλοξενία | βιώσιμος τουρισμός | πολιτιστικός τουρισμός
bg туризъм | туристическа индустрия | хотелиерство | устойчив туризъм | културен туризъм
sl turizem | gostinstvo | trajnostni turizem | kulturni turizem
hr turizam | ugostiteljstvo | održivi turizam | kulturni turizam
sr turizam | ugostiteljstvo | održivi turizam | kulturni turizam
sk cestovný ruch | turizmus | pohostinstvo | udržateľný cestovný ruch | kultúrny turizmus
de Tourismus | Fremdenverkehr | Gastgewerbe | nachhaltiger Tourismus | Kulturtourismus
it turismo | industria turistica | ospitalità | turismo sostenibile | turismo culturale
mk туризам | угостителство | одржлив туризам | културен туризам
""")

C("health-tourism", "WG5", "tourism", """
en health tourism | spa tourism | medical tourism | wellness
ro turism balnear | turism medical | wellness
sq turizëm shëndetësor | turizëm mjekësor
hu egészségturizmus | gyógyturizmus | wellness
el τουρισμός υγείας | ιαματικός τουρισμός | ιατρικός τουρισμός
bg здравен туризъм | балнеоложки туризъм | медицински туризъм
sl zdraviliški turizem | zdravstveni turizem | wellness
hr zdravstveni turizam | lječilišni turizam | wellness
sr zdravstveni turizam | banjski turizam | medicinski turizam
sk kúpeľníctvo | zdravotný cestovný ruch | wellness
de Gesundheitstourismus | Kurtourismus | Medizintourismus | Wellness
it turismo del benessere | turismo termale | turismo sanitario | wellness
mk здравствен туризам | бањски туризам | медицински туризам
""")

C("mountain-tourism", "WG5 WG2", "tourism", """
en mountain tourism | hiking tourism | alpine tourism
ro turism montan | turism de drumeție
sq turizëm malor
hu hegyi turizmus | hegyvidéki turizmus | természetjáró turizmus
el ορεινός τουρισμός | πεζοπορικός τουρισμός
bg планински туризъм | пешеходен туризъм
sl gorski turizem | pohodniški turizem
hr planinski turizam | planinarski turizam
sr planinski turizam | planinarski turizam
sk horský cestovný ruch | horský turizmus
de Bergtourismus | Wandertourismus | alpiner Tourismus
it turismo montano | turismo di montagna | turismo escursionistico
mk планински туризам | планинарски туризам
""")

C("hiking-trail", "WG5 WG2", "tourism", """
en hiking trail | long-distance trail | long-distance hiking trail | walking trail | hiking route
ro traseu de drumeție | traseu montan | traseu de lungă distanță
sq shteg ecjeje | shteg i gjatë ecjeje | shteg malor
hu túraútvonal | turistaút | távolsági túraútvonal
el πεζοπορικό μονοπάτι | μονοπάτι πεζοπορίας | ορειβατικό μονοπάτι
bg туристическа пътека | екопътека | туристически маршрут
sl pohodniška pot | planinska pot | daljinska pohodniška pot
hr planinarska staza | pješačka staza
sr planinarska staza | pešačka staza
sk turistický chodník | turistická trasa
de Wanderweg | Fernwanderweg | Wanderroute
it sentiero escursionistico | percorso escursionistico | sentiero
mk планинарска патека | пешачка патека
""")

C("creative-industries", "WG5 WG1", "economic-sector", """
en cultural and creative industries | creative industries | creative economy
ro industrii culturale și creative | industrii creative | economie creativă
sq industri kulturore dhe kreative | industri kreative
hu kulturális és kreatív ipar | kreatívipar | kreatív gazdaság
el πολιτιστικές και δημιουργικές βιομηχανίες | δημιουργική βιομηχανία | δημιουργική οικονομία
bg културни и творчески индустрии | творчески индустрии | креативна икономика
sl kulturne in kreativne industrije | kreativne industrije | kreativno gospodarstvo
hr kulturne i kreativne industrije | kreativne industrije | kreativna ekonomija
sr kulturne i kreativne industrije | kreativne industrije | kreativna ekonomija
sk kultúrny a kreatívny priemysel | kreatívny priemysel | kreatívna ekonomika
de Kultur- und Kreativwirtschaft | Kreativwirtschaft | Kreativindustrie
it industrie culturali e creative | industrie creative | economia creativa
mk културни и креативни индустрии | креативни индустрии | креативна економија
""")

C("logistics", "WG5 WG3", "economic-sector", """
en logistics | transport and logistics | freight transport | intermodal transport
ro logistică | transport și logistică | transport de marfă | transport intermodal
sq logjistikë | transport dhe logjistikë | transport mallrash
hu logisztika | szállítmányozás | áruszállítás | intermodális szállítás
el εφοδιαστική | logistics | μεταφορές και εφοδιαστική | εμπορευματικές μεταφορές | συνδυασμένες μεταφορές
bg логистика | транспорт и логистика | товарен транспорт | интермодален транспорт
sl logistika | transport in logistika | tovorni promet | intermodalni promet
hr logistika | transport i logistika | teretni prijevoz | intermodalni prijevoz
sr logistika | transport i logistika | teretni transport | intermodalni transport
sk logistika | doprava a logistika | nákladná doprava | intermodálna doprava
de Logistik | Transport und Logistik | Güterverkehr | intermodaler Verkehr
it logistica | trasporti e logistica | trasporto merci | trasporto intermodale
mk логистика | транспорт и логистика | товарен транспорт
""")

C("metalworking", "WG5", "economic-sector", """
en metalworking | metal industry | metal processing | metallurgy | steel industry
ro prelucrare a metalelor | industrie metalurgică | metalurgie | siderurgie
sq përpunim i metaleve | industri metalurgjike | metalurgji
hu fémipar | fémfeldolgozás | kohászat | acélipar
el μεταλλουργία | κατεργασία μετάλλων | μεταλλικά προϊόντα | χαλυβουργία
bg металообработване | металургия | метална промишленост
sl kovinska industrija | kovinskopredelovalna industrija | metalurgija | obdelava kovin
hr metalna industrija | metaloprerađivačka industrija | metalurgija | obrada metala
sr metalska industrija | metaloprerađivačka industrija | metalurgija | obrada metala
sk kovospracujúci priemysel | hutníctvo | metalurgia | spracovanie kovov
de Metallindustrie | Metallverarbeitung | Metallurgie | Stahlindustrie
it metalmeccanica | lavorazione dei metalli | metallurgia | siderurgia
mk металопреработувачка индустрија | металургија | обработка на метали
""")

C("machinery", "WG5 WG1", "economic-sector", """
en machinery and equipment | mechanical engineering | machine building | machine tools
ro construcții de mașini | mașini și echipamente | mașini-unelte
sq makineri dhe pajisje | ndërtim makinerish
hu gépipar | gépgyártás | szerszámgépgyártás
el μηχανολογικός εξοπλισμός | κατασκευή μηχανημάτων | εργαλειομηχανές
bg машиностроене | машини и оборудване | металорежещи машини
sl strojegradnja | strojna industrija | obdelovalni stroji
hr strojogradnja | proizvodnja strojeva | alatni strojevi
sr mašinogradnja | mašinska industrija | alatne mašine
sk strojárstvo | strojársky priemysel | obrábacie stroje
de Maschinenbau | Anlagenbau | Werkzeugmaschinen
it industria meccanica | meccanica strumentale | macchine utensili
mk машиноградба | машинска индустрија | машини и опрема
""")

C("mechatronics", "WG5 WG1", "machinery", """
en mechatronics | automation technology
ro mecatronică | tehnologie de automatizare
sq mekatronikë
hu mechatronika | automatizálási technika
el μηχατρονική
bg мехатроника
sl mehatronika
hr mehatronika
sr mehatronika
sk mechatronika
de Mechatronik | Automatisierungstechnik
it meccatronica
mk мехатроника
""")

C("electrical-and-electronics", "WG5 WG1", "economic-sector", """
en electrical and electronics industry | electronics | electrical engineering | electrical equipment
ro industrie electrotehnică | industrie electronică | electronică
sq industri elektrike dhe elektronike | elektronikë
hu elektronikai ipar | villamosipar | elektronika
el ηλεκτρολογικός και ηλεκτρονικός εξοπλισμός | βιομηχανία ηλεκτρονικών | ηλεκτρονική
bg електротехника и електроника | електротехническа промишленост | електроника
sl elektroindustrija | elektronika | elektrotehnika
hr elektroindustrija | elektronika | elektrotehnika
sr elektroindustrija | elektronika | elektrotehnika
sk elektrotechnický priemysel | elektronika | elektrotechnika
de Elektroindustrie | Elektronik | Elektrotechnik
it industria elettronica | industria elettrica | elettronica | elettrotecnica
mk електроиндустрија | електроника | електротехника
""")

C("chemicals-and-plastics", "WG5 WG2", "economic-sector", """
en chemical industry | chemicals | plastics | rubber and plastics
ro industrie chimică | materiale plastice | industrie a maselor plastice
sq industri kimike | plastikë
hu vegyipar | műanyagipar | gumiipar
el χημική βιομηχανία | πλαστικά | βιομηχανία πλαστικών
bg химическа промишленост | пластмаси | производство на пластмаси
sl kemijska industrija | plastika | industrija plastike
hr kemijska industrija | plastika | industrija plastike
sr hemijska industrija | plastika | industrija plastike
sk chemický priemysel | plasty | gumárenský a plastikársky priemysel
de chemische Industrie | Chemieindustrie | Kunststoffindustrie | Kunststoffe
it industria chimica | chimica | materie plastiche | industria della plastica
mk хемиска индустрија | пластика
""")

C("life-sciences", "WG5 WG1", "economic-sector", """
en life sciences | health industry | biomedicine
ro științe ale vieții | industrie a sănătății | biomedicină
sq shkenca të jetës | industri e shëndetësisë
hu élettudományok | egészségipar | biomedicina
el επιστήμες ζωής | βιομηχανία υγείας | βιοϊατρική
bg науки за живота | здравна индустрия | биомедицина
sl znanosti o življenju | zdravstvena industrija | biomedicina
hr znanosti o životu | zdravstvena industrija | biomedicina
sr nauke o životu | zdravstvena industrija | biomedicina
sk vedy o živote | zdravotnícky priemysel | biomedicína
de Lebenswissenschaften | Life Sciences | Gesundheitswirtschaft | Biomedizin
it scienze della vita | industria della salute | biomedicina | life sciences
mk науки за животот | здравствена индустрија | биомедицина
""")

C("pharmaceuticals", "WG5 WG1", "life-sciences", """
en pharmaceutical industry | pharmaceuticals | medicines
ro industrie farmaceutică | produse farmaceutice | medicamente
sq industri farmaceutike | barna
hu gyógyszeripar | gyógyszergyártás
el φαρμακευτική βιομηχανία | φάρμακα
bg фармацевтична промишленост | лекарства
sl farmacevtska industrija | zdravila
hr farmaceutska industrija | lijekovi
sr farmaceutska industrija | lekovi
sk farmaceutický priemysel | lieky
de Pharmaindustrie | pharmazeutische Industrie | Arzneimittel
it industria farmaceutica | farmaceutica | farmaci
mk фармацевтска индустрија | лекови
""")

C("medical-devices", "WG5 WG1", "life-sciences", """
en medical devices | medical technology | medtech | e-health | digital health
ro dispozitive medicale | tehnologie medicală | e-sănătate | sănătate digitală
sq pajisje mjekësore | teknologji mjekësore | shëndetësi dixhitale
hu orvostechnikai eszközök | orvostechnológia | e-egészségügy | digitális egészségügy
el ιατροτεχνολογικά προϊόντα | ιατρική τεχνολογία | ηλεκτρονική υγεία | ψηφιακή υγεία
bg медицински изделия | медицински технологии | електронно здравеопазване | цифрово здравеопазване
sl medicinski pripomočki | medicinska tehnologija | e-zdravje | digitalno zdravje
hr medicinski proizvodi | medicinska tehnologija | e-zdravstvo | digitalno zdravstvo
sr medicinska sredstva | medicinska tehnologija | e-zdravlje | digitalno zdravlje
sk zdravotnícke pomôcky | zdravotnícka technika | elektronické zdravotníctvo | digitálne zdravie
de Medizinprodukte | Medizintechnik | E-Health | digitale Gesundheit
it dispositivi medici | tecnologie mediche | sanità elettronica | sanità digitale | medtech
mk медицински помагала | медицинска технологија | е-здравство | дигитално здравство
""")

C("energy-sector", "WG5 WG2", "economic-sector", """
en energy sector | energy industry | power generation | energy storage | smart grid
ro sector energetic | industrie energetică | producție de energie | stocare a energiei | rețea inteligentă
sq sektor energjetik | prodhim i energjisë | ruajtje e energjisë | rrjet i zgjuar
hu energiaszektor | energiaipar | energiatermelés | energiatárolás | okoshálózat
el ενεργειακός τομέας | παραγωγή ενέργειας | αποθήκευση ενέργειας | έξυπνο δίκτυο
bg енергиен сектор | енергетика | производство на енергия | съхранение на енергия | интелигентна мрежа
sl energetski sektor | energetika | proizvodnja energije | shranjevanje energije | pametno omrežje
hr energetski sektor | energetika | proizvodnja energije | skladištenje energije | pametna mreža
sr energetski sektor | energetika | proizvodnja energije | skladištenje energije | pametna mreža
sk energetický sektor | energetika | výroba energie | uskladňovanie energie | inteligentná sieť
de Energiewirtschaft | Energiesektor | Energieerzeugung | Energiespeicherung | intelligentes Stromnetz
it settore energetico | industria energetica | produzione di energia | accumulo di energia | rete intelligente
mk енергетски сектор | енергетика | производство на енергија | складирање на енергија | паметна мрежа
""")

C("construction", "WG5 WG2", "economic-sector", """
en construction | construction industry | building sector | green building | energy-efficient building
ro construcții | industrie a construcțiilor | clădire verde | clădire eficientă energetic
sq ndërtim | industri e ndërtimit | ndërtesë e gjelbër
hu építőipar | zöld építés | energiahatékony épület
el κατασκευές | κατασκευαστικός κλάδος | πράσινο κτίριο | ενεργειακά αποδοτικό κτίριο
bg строителство | строителен сектор | зелено строителство | енергийно ефективна сграда
sl gradbeništvo | gradbena industrija | zelena gradnja | energijsko učinkovita stavba
hr graditeljstvo | građevinska industrija | zelena gradnja | energetski učinkovita zgrada
sr građevinarstvo | građevinska industrija | zelena gradnja | energetski efikasna zgrada
sk stavebníctvo | stavebný priemysel | zelené stavebníctvo | energeticky efektívna budova
de Bauwirtschaft | Bauindustrie | Baugewerbe | nachhaltiges Bauen | energieeffizientes Gebäude
it edilizia | settore delle costruzioni | bioedilizia | edificio a basso consumo energetico
mk градежништво | градежна индустрија | зелена градба | енергетски ефикасна зграда
""")

C("aerospace", "WG5 WG1", "economic-sector", """
en aerospace | aeronautics | space industry | aviation industry
ro industrie aerospațială | aeronautică | industrie spațială
sq industri ajrore dhe hapësinore | aeronautikë
hu légi- és űripar | repülőgépipar | űripar
el αεροδιαστημική | αεροναυπηγική | διαστημική βιομηχανία
bg аерокосмическа индустрия | авиационна индустрия | космическа индустрия
sl letalska in vesoljska industrija | vesoljska industrija | letalstvo
hr zrakoplovna i svemirska industrija | zrakoplovna industrija | svemirska industrija
sr vazduhoplovna industrija | avio-industrija | svemirska industrija
sk letecký a kozmický priemysel | letecký priemysel | kozmický priemysel
de Luft- und Raumfahrt | Luftfahrtindustrie | Raumfahrtindustrie
it aerospazio | industria aerospaziale | aeronautica | industria spaziale
mk воздухопловна индустрија | вселенска индустрија
""")

C("maritime-industry", "WG5 WG2", "economic-sector", """
en maritime industry | shipbuilding | ports | nautical sector
ro industrie maritimă | construcții navale | porturi
sq industri detare | ndërtim anijesh | porte
hu hajógyártás | tengerhajózás | kikötők
el ναυτιλία | ναυπηγική | λιμάνια | ναυτιλιακός κλάδος
bg морска индустрия | корабостроене | пристанища
sl ladjedelništvo | pomorska industrija | pristanišča
hr brodogradnja | pomorska industrija | luke | nautika
sr brodogradnja | luke | rečni saobraćaj
sk lodiarstvo | námorný priemysel | prístavy
de maritime Industrie | Schiffbau | Häfen
it industria marittima | cantieristica navale | porti | nautica
mk бродоградба | пристаништа
""")


# ---------------------------------------------------------------------------------------
# Sector vocabulary: cluster categories and NACE Rev. 2 divisions (tools/thesaurus_sectors.py)
# ---------------------------------------------------------------------------------------

def _add_sector_vocabulary():
    import pathlib
    import sys
    here = pathlib.Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    from thesaurus_sectors import add_sectors
    add_sectors(CONCEPTS, here.parent / "data" / "reference" / "nace-cluster-categories.csv")


_add_sector_vocabulary()
