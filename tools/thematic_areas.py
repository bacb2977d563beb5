"""The six thematic areas of ClusterPoliSEE in every UI language: name, one-sentence
summary and a Markdown description. Read by tools/generate-reference-data.py."""

AREAS = [
    {
        "code": "WG1",
        "texts": {
            "en": (
                "Innovation and R&D-driven cluster development",
                "How clusters turn research, technology transfer and joint R&D into new products, services and firms.",
                """
Clusters grow stronger when companies, universities and research centres work on shared innovation projects. This area collects the policies that make that cooperation happen: collaborative R&D grants, innovation vouchers for small firms, technology transfer offices, shared test and demonstration facilities, and programmes for cluster excellence.

A regional authority learns here which instruments fit its research base and business structure, how peers have linked research funding to cluster strategies, and which conditions — from intellectual property rules to the capacity of cluster managers — decided whether an instrument worked.
""",
            ),
            "ro": (
                "Dezvoltarea clusterelor prin inovare și cercetare-dezvoltare",
                "Cum transformă clusterele cercetarea, transferul tehnologic și proiectele comune de cercetare-dezvoltare în produse, servicii și firme noi.",
                """
Clusterele devin mai puternice atunci când firmele, universitățile și centrele de cercetare lucrează împreună la proiecte de inovare. Această arie tematică reunește politicile care fac posibilă această cooperare: granturi pentru cercetare colaborativă, vouchere de inovare pentru firmele mici, oficii de transfer tehnologic, facilități comune de testare și demonstrare, precum și programe pentru excelența clusterelor.

O autoritate regională află aici ce instrumente se potrivesc bazei sale de cercetare și structurii economice, cum au legat alte regiuni finanțarea cercetării de strategiile de cluster și ce condiții — de la regulile privind proprietatea intelectuală la capacitatea managerilor de cluster — au decis succesul unui instrument.
""",
            ),
            "sq": (
                "Zhvillimi i klasterëve përmes inovacionit dhe kërkimit e zhvillimit",
                "Si i shndërrojnë klasterët kërkimin, transferimin e teknologjisë dhe projektet e përbashkëta të kërkimit në produkte, shërbime dhe ndërmarrje të reja.",
                """
Klasterët forcohen kur ndërmarrjet, universitetet dhe qendrat kërkimore punojnë së bashku në projekte inovacioni. Kjo fushë tematike mbledh politikat që e bëjnë të mundur këtë bashkëpunim: grante për kërkim të përbashkët, kupona inovacioni për ndërmarrjet e vogla, zyra të transferimit të teknologjisë, mjedise të përbashkëta testimi dhe demonstrimi, si dhe programe për ekselencën e klasterëve.

Një autoritet rajonal mëson këtu cilat instrumente i përshtaten bazës së tij kërkimore dhe strukturës ekonomike, si e kanë lidhur rajonet e tjera financimin e kërkimit me strategjitë e klasterëve dhe cilat kushte — nga rregullat e pronësisë intelektuale te kapaciteti i menaxherëve të klasterëve — vendosën nëse një instrument funksionoi.
""",
            ),
            "hu": (
                "Innováció- és K+F-vezérelt klaszterfejlesztés",
                "Hogyan alakítják a klaszterek a kutatást, a technológiatranszfert és a közös K+F-et új termékekké, szolgáltatásokká és vállalkozásokká.",
                """
A klaszterek akkor erősödnek meg, ha a vállalatok, az egyetemek és a kutatóközpontok közös innovációs projekteken dolgoznak. Ez a tematikus terület azokat a szakpolitikákat gyűjti össze, amelyek ezt az együttműködést lehetővé teszik: közös K+F-pályázatok, innovációs utalványok kisvállalkozásoknak, technológiatranszfer-irodák, közös tesztelő- és bemutatóhelyek, valamint klaszterkiválósági programok.

Egy regionális hatóság itt megtudhatja, mely eszközök illenek a kutatási bázisához és gazdasági szerkezetéhez, hogyan kapcsolták össze más régiók a kutatásfinanszírozást a klaszterstratégiákkal, és mely feltételek — a szellemi tulajdon szabályaitól a klasztermenedzserek felkészültségéig — döntötték el egy eszköz sikerét.
""",
            ),
            "el": (
                "Ανάπτυξη συστάδων μέσω καινοτομίας και έρευνας",
                "Πώς οι συστάδες επιχειρήσεων μετατρέπουν την έρευνα, τη μεταφορά τεχνολογίας και την κοινή Ε&Α σε νέα προϊόντα, υπηρεσίες και επιχειρήσεις.",
                """
Οι συστάδες επιχειρήσεων ενισχύονται όταν εταιρείες, πανεπιστήμια και ερευνητικά κέντρα συνεργάζονται σε κοινά έργα καινοτομίας. Η θεματική αυτή ενότητα συγκεντρώνει τις πολιτικές που κάνουν εφικτή αυτή τη συνεργασία: επιχορηγήσεις συνεργατικής έρευνας, κουπόνια καινοτομίας για μικρές επιχειρήσεις, γραφεία μεταφοράς τεχνολογίας, κοινές υποδομές δοκιμών και επίδειξης, καθώς και προγράμματα αριστείας για τις συστάδες.

Μια περιφερειακή αρχή μαθαίνει εδώ ποια εργαλεία ταιριάζουν στην ερευνητική της βάση και στην οικονομική της δομή, πώς άλλες περιφέρειες συνέδεσαν τη χρηματοδότηση της έρευνας με τις στρατηγικές συστάδων και ποιες προϋποθέσεις — από τους κανόνες πνευματικής ιδιοκτησίας έως την ικανότητα των διαχειριστών συστάδων — έκριναν την επιτυχία ενός εργαλείου.
""",
            ),
        },
    },
    {
        "code": "WG2",
        "texts": {
            "en": (
                "Sustainability through cluster development",
                "How clusters help firms use resources efficiently, cut emissions and build circular value chains.",
                """
Clusters can spread cleaner production and circular business models faster than firms acting alone: members share waste and by-product streams, buy green technology together and meet new environmental rules with common support. This area covers eco-innovation programmes, industrial symbiosis schemes, green public procurement and energy-efficiency networks organised through clusters.

It also asks how a cluster organisation itself stays viable once public start-up funding ends — through member fees, services and a clear role in the regional strategy — so that the policy learning does not stop with a project.
""",
            ),
            "ro": (
                "Sustenabilitate prin dezvoltarea clusterelor",
                "Cum ajută clusterele firmele să folosească eficient resursele, să reducă emisiile și să construiască lanțuri valorice circulare.",
                """
Clusterele pot răspândi producția curată și modelele de afaceri circulare mai repede decât firmele care acționează singure: membrii își împart fluxurile de deșeuri și de produse secundare, achiziționează împreună tehnologii verzi și răspund noilor reguli de mediu cu sprijin comun. Această arie acoperă programe de eco-inovare, scheme de simbioză industrială, achiziții publice verzi și rețele de eficiență energetică organizate prin clustere.

Ea analizează și modul în care o organizație de cluster rămâne viabilă după încheierea finanțării publice de pornire — prin cotizații ale membrilor, servicii și un rol clar în strategia regională — astfel încât învățarea de politici să nu se oprească odată cu un proiect.
""",
            ),
            "sq": (
                "Qëndrueshmëria përmes zhvillimit të klasterëve",
                "Si i ndihmojnë klasterët ndërmarrjet të përdorin me efikasitet burimet, të ulin emetimet dhe të ndërtojnë zinxhirë vlerash qarkulluese.",
                """
Klasterët mund ta përhapin prodhimin e pastër dhe modelet e biznesit qarkullues më shpejt se ndërmarrjet që veprojnë të vetme: anëtarët ndajnë rrjedhat e mbetjeve dhe të nënprodukteve, blejnë së bashku teknologji të gjelbra dhe përmbushin rregullat e reja mjedisore me mbështetje të përbashkët. Kjo fushë përfshin programe eko-inovacioni, skema simbioze industriale, prokurime publike të gjelbra dhe rrjete të efiçencës së energjisë të organizuara përmes klasterëve.

Ajo shqyrton gjithashtu si mbetet e qëndrueshme vetë organizata e klasterit pasi përfundon financimi publik fillestar — përmes kuotave të anëtarëve, shërbimeve dhe një roli të qartë në strategjinë rajonale — që të mësuarit e politikave të mos ndalet bashkë me një projekt.
""",
            ),
            "hu": (
                "Fenntarthatóság a klaszterfejlesztés révén",
                "Hogyan segítik a klaszterek a vállalatokat az erőforrások hatékony használatában, a kibocsátás csökkentésében és körforgásos értékláncok kiépítésében.",
                """
A klaszterek gyorsabban terjeszthetik a tisztább termelést és a körforgásos üzleti modelleket, mint az egyedül cselekvő vállalatok: a tagok megosztják a hulladék- és melléktermék-áramokat, közösen szereznek be zöld technológiát, és közös támogatással felelnek meg az új környezetvédelmi szabályoknak. Ez a terület a klasztereken keresztül szervezett ökoinnovációs programokat, ipari szimbiózis-rendszereket, zöld közbeszerzést és energiahatékonysági hálózatokat öleli fel.

Azt is vizsgálja, hogyan marad életképes maga a klaszterszervezet, amikor az induló állami támogatás megszűnik — tagdíjakkal, szolgáltatásokkal és a regionális stratégiában betöltött világos szereppel —, hogy a szakpolitikai tanulás ne érjen véget egy projekttel.
""",
            ),
            "el": (
                "Βιωσιμότητα μέσω της ανάπτυξης συστάδων",
                "Πώς οι συστάδες βοηθούν τις επιχειρήσεις να χρησιμοποιούν αποδοτικά τους πόρους, να μειώνουν τις εκπομπές και να χτίζουν κυκλικές αλυσίδες αξίας.",
                """
Οι συστάδες μπορούν να διαδώσουν την καθαρότερη παραγωγή και τα κυκλικά επιχειρηματικά μοντέλα ταχύτερα από μεμονωμένες επιχειρήσεις: τα μέλη μοιράζονται ροές αποβλήτων και παραπροϊόντων, προμηθεύονται από κοινού πράσινες τεχνολογίες και ανταποκρίνονται στους νέους περιβαλλοντικούς κανόνες με κοινή υποστήριξη. Η ενότητα καλύπτει προγράμματα οικοκαινοτομίας, συστήματα βιομηχανικής συμβίωσης, πράσινες δημόσιες προμήθειες και δίκτυα ενεργειακής απόδοσης που οργανώνονται μέσω συστάδων.

Εξετάζει επίσης πώς ένας φορέας διαχείρισης συστάδας παραμένει βιώσιμος όταν λήξει η αρχική δημόσια χρηματοδότηση — με συνδρομές μελών, υπηρεσίες και σαφή ρόλο στην περιφερειακή στρατηγική — ώστε η μάθηση πολιτικής να μη σταματά με το τέλος ενός έργου.
""",
            ),
        },
    },
    {
        "code": "WG3",
        "texts": {
            "en": (
                "International cluster cooperation and networking",
                "How clusters open doors abroad: partnerships between clusters, joint export actions and places in European value chains.",
                """
Small firms in South East Europe often reach foreign markets and partners only through their cluster. This area gathers the instruments that support this: cluster-to-cluster partnerships, joint trade missions and fairs, European Strategic Cluster Partnerships, and matchmaking that links firms to larger value chains.

Partners compare how their regions fund internationalisation, which services members actually used, and how cooperation across borders — including between EU and candidate countries — created lasting business rather than one-off visits.
""",
            ),
            "ro": (
                "Cooperarea internațională și rețelele de clustere",
                "Cum deschid clusterele uși în străinătate: parteneriate între clustere, acțiuni comune de export și locuri în lanțurile valorice europene.",
                """
Firmele mici din Europa de Sud-Est ajung adesea la piețe și parteneri străini doar prin clusterul lor. Această arie reunește instrumentele care sprijină acest lucru: parteneriate între clustere, misiuni economice și participări comune la târguri, Parteneriatele Strategice Europene de Clustere, precum și întâlniri de afaceri care leagă firmele de lanțuri valorice mai mari.

Partenerii compară modul în care regiunile lor finanțează internaționalizarea, ce servicii au folosit efectiv membrii și cum cooperarea transfrontalieră — inclusiv între statele membre ale UE și țările candidate — a creat relații de afaceri durabile, nu doar vizite ocazionale.
""",
            ),
            "sq": (
                "Bashkëpunimi ndërkombëtar dhe rrjetëzimi i klasterëve",
                "Si u hapin klasterët dyer jashtë vendit: partneritete mes klasterëve, veprime të përbashkëta eksporti dhe vend në zinxhirët europianë të vlerës.",
                """
Ndërmarrjet e vogla në Europën Juglindore shpesh arrijnë tregjet dhe partnerët e huaj vetëm përmes klasterit të tyre. Kjo fushë mbledh instrumentet që e mbështesin këtë: partneritete mes klasterëve, misione tregtare dhe pjesëmarrje të përbashkëta në panaire, Partneritetet Strategjike Europiane të Klasterëve, si dhe takime biznesi që i lidhin ndërmarrjet me zinxhirë më të mëdhenj vlerash.

Partnerët krahasojnë si e financojnë rajonet e tyre ndërkombëtarizimin, cilat shërbime i përdorën vërtet anëtarët dhe si bashkëpunimi ndërkufitar — edhe mes vendeve të BE-së dhe vendeve kandidate — krijoi marrëdhënie biznesi të qëndrueshme dhe jo vetëm vizita të rastit.
""",
            ),
            "hu": (
                "Nemzetközi klaszter-együttműködés és hálózatépítés",
                "Hogyan nyitnak kaput a klaszterek külföldre: klaszterek közötti partnerségek, közös exportakciók és helyek az európai értékláncokban.",
                """
Délkelet-Európa kisvállalkozásai gyakran csak klaszterükön keresztül jutnak el külföldi piacokra és partnerekhez. Ez a terület az ezt támogató eszközöket gyűjti össze: klaszterek közötti partnerségek, közös üzleti utak és vásári részvétel, európai stratégiai klaszterpartnerségek, valamint olyan üzleti találkozók, amelyek nagyobb értékláncokhoz kapcsolják a vállalatokat.

A partnerek összevetik, hogyan finanszírozzák régióik a nemzetköziesedést, mely szolgáltatásokat vették ténylegesen igénybe a tagok, és hogyan teremtett a határokon átnyúló együttműködés — az EU-tagállamok és a tagjelölt országok között is — tartós üzleti kapcsolatokat egyszeri látogatások helyett.
""",
            ),
            "el": (
                "Διεθνής συνεργασία και δικτύωση συστάδων",
                "Πώς οι συστάδες ανοίγουν δρόμους στο εξωτερικό: συνεργασίες μεταξύ συστάδων, κοινές εξαγωγικές δράσεις και θέση στις ευρωπαϊκές αλυσίδες αξίας.",
                """
Οι μικρές επιχειρήσεις της Νοτιοανατολικής Ευρώπης φτάνουν συχνά σε ξένες αγορές και εταίρους μόνο μέσω της συστάδας τους. Η ενότητα αυτή συγκεντρώνει τα εργαλεία που το στηρίζουν: συνεργασίες μεταξύ συστάδων, κοινές επιχειρηματικές αποστολές και συμμετοχές σε εκθέσεις, Ευρωπαϊκές Στρατηγικές Συμπράξεις Συστάδων και επιχειρηματικές συναντήσεις που συνδέουν τις επιχειρήσεις με μεγαλύτερες αλυσίδες αξίας.

Οι εταίροι συγκρίνουν πώς οι περιφέρειές τους χρηματοδοτούν τη διεθνοποίηση, ποιες υπηρεσίες χρησιμοποίησαν πραγματικά τα μέλη και πώς η διασυνοριακή συνεργασία — και μεταξύ κρατών μελών της ΕΕ και υποψήφιων χωρών — δημιούργησε διαρκείς επιχειρηματικές σχέσεις και όχι απλώς περιστασιακές επισκέψεις.
""",
            ),
        },
    },
    {
        "code": "WG4",
        "texts": {
            "en": (
                "Cluster financing: improving the financial framework",
                "How public and private money reaches clusters and their firms: grants, guarantees, venture capital and sustainable funding of cluster organisations.",
                """
Many cluster initiatives in the region depend on short project grants. This area looks at the whole financial framework: operating support for cluster organisations, grants and loans for joint investments, guarantee funds, equity and venture capital for innovative members, and the use of European Structural and Investment Funds and pre-accession assistance.

Partners learn which mix of instruments matched their market, how others made private co-financing grow over time, and which rules on eligibility, state aid and reporting helped or hindered cluster members.
""",
            ),
            "ro": (
                "Finanțarea clusterelor: îmbunătățirea cadrului financiar",
                "Cum ajung banii publici și privați la clustere și la firmele lor: granturi, garanții, capital de risc și finanțarea durabilă a organizațiilor de cluster.",
                """
Multe inițiative de cluster din regiune depind de granturi de proiect pe termen scurt. Această arie analizează întregul cadru financiar: sprijinul pentru funcționarea organizațiilor de cluster, granturi și credite pentru investiții comune, fonduri de garantare, capital propriu și capital de risc pentru membrii inovatori, precum și utilizarea fondurilor structurale și de investiții europene și a asistenței de preaderare.

Partenerii învață ce combinație de instrumente s-a potrivit pieței lor, cum au reușit alții să crească în timp cofinanțarea privată și ce reguli privind eligibilitatea, ajutorul de stat și raportarea i-au ajutat sau i-au împiedicat pe membrii clusterelor.
""",
            ),
            "sq": (
                "Financimi i klasterëve: përmirësimi i kuadrit financiar",
                "Si u arrijnë paratë publike dhe private klasterëve dhe ndërmarrjeve të tyre: grante, garanci, kapital sipërmarrës dhe financim i qëndrueshëm i organizatave të klasterëve.",
                """
Shumë nisma klasterësh në rajon varen nga grante projektesh afatshkurtra. Kjo fushë shqyrton të gjithë kuadrin financiar: mbështetjen për funksionimin e organizatave të klasterëve, grante dhe kredi për investime të përbashkëta, fonde garancie, kapital aksionar dhe kapital sipërmarrës për anëtarët inovatorë, si dhe përdorimin e fondeve strukturore dhe të investimeve europiane dhe të ndihmës së paraanëtarësimit.

Partnerët mësojnë cila përzierje instrumentesh iu përshtat tregut të tyre, si e rritën të tjerët me kalimin e kohës bashkëfinancimin privat dhe cilat rregulla për pranueshmërinë, ndihmën shtetërore dhe raportimin i ndihmuan ose i penguan anëtarët e klasterëve.
""",
            ),
            "hu": (
                "Klaszterfinanszírozás: a pénzügyi keretek javítása",
                "Hogyan jut el az állami és a magántőke a klaszterekhez és vállalataikhoz: támogatások, garanciák, kockázati tőke és a klaszterszervezetek fenntartható finanszírozása.",
                """
A régió számos klaszterkezdeményezése rövid projekttámogatásoktól függ. Ez a terület a teljes pénzügyi keretet vizsgálja: a klaszterszervezetek működési támogatását, a közös beruházásokhoz nyújtott támogatásokat és hiteleket, a garanciaalapokat, az innovatív tagoknak szóló saját és kockázati tőkét, valamint az európai strukturális és beruházási alapok és az előcsatlakozási támogatás felhasználását.

A partnerek megtanulják, mely eszközök kombinációja illett a piacukhoz, hogyan növelték mások idővel a magántársfinanszírozást, és mely támogathatósági, állami támogatási és beszámolási szabályok segítették vagy akadályozták a klasztertagokat.
""",
            ),
            "el": (
                "Χρηματοδότηση συστάδων: βελτίωση του χρηματοδοτικού πλαισίου",
                "Πώς φτάνουν δημόσιοι και ιδιωτικοί πόροι στις συστάδες και στις επιχειρήσεις τους: επιχορηγήσεις, εγγυήσεις, επιχειρηματικά κεφάλαια και βιώσιμη χρηματοδότηση των φορέων διαχείρισης.",
                """
Πολλές πρωτοβουλίες συστάδων στην περιοχή εξαρτώνται από βραχυπρόθεσμες επιχορηγήσεις έργων. Η ενότητα εξετάζει ολόκληρο το χρηματοδοτικό πλαίσιο: στήριξη της λειτουργίας των φορέων διαχείρισης συστάδων, επιχορηγήσεις και δάνεια για κοινές επενδύσεις, ταμεία εγγυήσεων, ίδια και επιχειρηματικά κεφάλαια για καινοτόμα μέλη, καθώς και την αξιοποίηση των Ευρωπαϊκών Διαρθρωτικών και Επενδυτικών Ταμείων και της προενταξιακής βοήθειας.

Οι εταίροι μαθαίνουν ποιος συνδυασμός εργαλείων ταίριαξε στην αγορά τους, πώς άλλοι αύξησαν με τον χρόνο την ιδιωτική συγχρηματοδότηση και ποιοι κανόνες επιλεξιμότητας, κρατικών ενισχύσεων και υποβολής εκθέσεων βοήθησαν ή εμπόδισαν τα μέλη των συστάδων.
""",
            ),
        },
    },
    {
        "code": "WG5",
        "texts": {
            "en": (
                "Regional and cluster specialisation (smart specialisation)",
                "How regions choose the economic domains to build on, with evidence on their strengths and on what they could grow next.",
                """
Smart specialisation asks each region to concentrate its support where it has real strengths and realistic chances to diversify. This area brings together the evidence — cluster mapping, location quotients, economic complexity and relatedness — and the processes that use it, above all the entrepreneurial discovery process that involves firms, researchers and civil society.

Partners compare how their regions selected priorities, how clusters took part in designing and monitoring the strategies, and how priorities were revised when the data or the market changed.
""",
            ),
            "ro": (
                "Specializarea regională și a clusterelor (specializare inteligentă)",
                "Cum aleg regiunile domeniile economice pe care să construiască, pe baza dovezilor privind punctele lor tari și ce ar putea dezvolta în continuare.",
                """
Specializarea inteligentă cere fiecărei regiuni să își concentreze sprijinul acolo unde are puncte tari reale și șanse realiste de diversificare. Această arie reunește dovezile — cartografierea clusterelor, coeficienții de localizare, complexitatea economică și înrudirea dintre sectoare — și procesele care le folosesc, mai ales procesul de descoperire antreprenorială, care implică firmele, cercetătorii și societatea civilă.

Partenerii compară modul în care regiunile lor și-au ales prioritățile, felul în care clusterele au participat la elaborarea și monitorizarea strategiilor și modul în care prioritățile au fost revizuite atunci când datele sau piața s-au schimbat.
""",
            ),
            "sq": (
                "Specializimi rajonal dhe i klasterëve (specializimi i mençur)",
                "Si i zgjedhin rajonet fushat ekonomike mbi të cilat do të ndërtojnë, me të dhëna për pikat e tyre të forta dhe për atë që mund të zhvillojnë më tej.",
                """
Specializimi i mençur i kërkon çdo rajoni ta përqendrojë mbështetjen aty ku ka pika të forta reale dhe mundësi realiste për t'u diversifikuar. Kjo fushë bashkon të dhënat — hartëzimin e klasterëve, koeficientët e lokalizimit, kompleksitetin ekonomik dhe lidhjen mes sektorëve — dhe proceset që i përdorin ato, mbi të gjitha procesin e zbulimit sipërmarrës që përfshin ndërmarrjet, studiuesit dhe shoqërinë civile.

Partnerët krahasojnë si i zgjodhën rajonet e tyre prioritetet, si morën pjesë klasterët në hartimin dhe monitorimin e strategjive dhe si u rishikuan prioritetet kur ndryshuan të dhënat ose tregu.
""",
            ),
            "hu": (
                "Regionális és klaszterspecializáció (intelligens szakosodás)",
                "Hogyan választják ki a régiók azokat a gazdasági területeket, amelyekre építenek, az erősségeikről és a lehetséges következő lépéseikről szóló adatok alapján.",
                """
Az intelligens szakosodás azt kéri minden régiótól, hogy támogatását ott összpontosítsa, ahol valódi erősségei és reális diverzifikációs esélyei vannak. Ez a terület összegyűjti a bizonyítékokat — a klasztertérképezést, a lokációs hányadosokat, a gazdasági komplexitást és az ágazatok közötti rokonságot —, valamint az ezeket felhasználó folyamatokat, mindenekelőtt a vállalkozói felfedezési folyamatot, amely bevonja a vállalatokat, a kutatókat és a civil társadalmat.

A partnerek összevetik, hogyan választották ki régióik a prioritásokat, hogyan vettek részt a klaszterek a stratégiák kidolgozásában és nyomon követésében, és hogyan módosították a prioritásokat, amikor az adatok vagy a piac megváltoztak.
""",
            ),
            "el": (
                "Περιφερειακή εξειδίκευση και εξειδίκευση συστάδων (έξυπνη εξειδίκευση)",
                "Πώς επιλέγουν οι περιφέρειες τους οικονομικούς τομείς στους οποίους θα στηριχθούν, με τεκμήρια για τα δυνατά τους σημεία και για το τι θα μπορούσαν να αναπτύξουν στη συνέχεια.",
                """
Η έξυπνη εξειδίκευση ζητά από κάθε περιφέρεια να εστιάζει τη στήριξή της εκεί όπου έχει πραγματικά πλεονεκτήματα και ρεαλιστικές δυνατότητες διαφοροποίησης. Η ενότητα συγκεντρώνει τα τεκμήρια — χαρτογράφηση συστάδων, συντελεστές χωροθέτησης, οικονομική πολυπλοκότητα και συνάφεια κλάδων — και τις διαδικασίες που τα αξιοποιούν, κυρίως τη διαδικασία επιχειρηματικής ανακάλυψης με τη συμμετοχή επιχειρήσεων, ερευνητών και κοινωνίας των πολιτών.

Οι εταίροι συγκρίνουν πώς οι περιφέρειές τους επέλεξαν προτεραιότητες, πώς οι συστάδες συμμετείχαν στον σχεδιασμό και την παρακολούθηση των στρατηγικών και πώς αναθεωρήθηκαν οι προτεραιότητες όταν άλλαξαν τα δεδομένα ή η αγορά.
""",
            ),
        },
    },
    {
        "code": "WG6",
        "texts": {
            "en": (
                "New skills and job creation",
                "How clusters close skills gaps and create jobs: joint training, dual vocational education and cooperation with schools and universities.",
                """
Firms in a cluster often face the same shortages of skilled people. This area gathers the ways clusters and public authorities answer them together: sector skills councils, joint training centres, dual vocational education with company placements, curricula designed with universities, and programmes that help young people and the unemployed into cluster jobs.

Partners learn how others forecast skills needs, how training was financed and certified, and which indicators showed that new jobs really followed.
""",
            ),
            "ro": (
                "Competențe noi și crearea de locuri de muncă",
                "Cum reduc clusterele deficitul de competențe și creează locuri de muncă: formare comună, învățământ profesional dual și cooperare cu școlile și universitățile.",
                """
Firmele dintr-un cluster se confruntă adesea cu aceleași lipsuri de personal calificat. Această arie reunește modurile în care clusterele și autoritățile publice le răspund împreună: comitete sectoriale pentru competențe, centre comune de formare, învățământ profesional dual cu stagii în companii, programe de studii elaborate împreună cu universitățile și programe care îi ajută pe tineri și pe șomeri să obțină locuri de muncă în clustere.

Partenerii învață cum anticipează alții nevoile de competențe, cum a fost finanțată și certificată formarea și ce indicatori au arătat că au apărut cu adevărat locuri de muncă noi.
""",
            ),
            "sq": (
                "Aftësi të reja dhe krijimi i vendeve të punës",
                "Si i mbyllin klasterët mungesat e aftësive dhe krijojnë vende pune: trajnim i përbashkët, arsim profesional i dyfishtë dhe bashkëpunim me shkollat dhe universitetet.",
                """
Ndërmarrjet në një klaster shpesh përballen me të njëjtat mungesa të personelit të kualifikuar. Kjo fushë mbledh mënyrat si klasterët dhe autoritetet publike u përgjigjen së bashku: këshilla sektoriale të aftësive, qendra të përbashkëta trajnimi, arsim profesional i dyfishtë me praktika në ndërmarrje, kurrikula të hartuara me universitetet dhe programe që i ndihmojnë të rinjtë dhe të papunët të gjejnë punë në klasterë.

Partnerët mësojnë si i parashikojnë të tjerët nevojat për aftësi, si u financua dhe u certifikua trajnimi dhe cilët tregues treguan se vendet e reja të punës u krijuan vërtet.
""",
            ),
            "hu": (
                "Új készségek és munkahelyteremtés",
                "Hogyan szüntetik meg a klaszterek a készséghiányt és teremtenek munkahelyeket: közös képzés, duális szakképzés és együttműködés iskolákkal és egyetemekkel.",
                """
Egy klaszter vállalatai gyakran ugyanazzal a szakemberhiánnyal küzdenek. Ez a terület azokat a megoldásokat gyűjti össze, amelyekkel a klaszterek és a hatóságok közösen válaszolnak erre: ágazati készségtanácsok, közös képzési központok, vállalati gyakorlattal járó duális szakképzés, egyetemekkel közösen kidolgozott tantervek, valamint programok, amelyek a fiatalokat és a munkanélkülieket klaszteres munkahelyekhez segítik.

A partnerek megtanulják, hogyan jelzik előre mások a készségigényeket, hogyan finanszírozták és tanúsították a képzést, és mely mutatók bizonyították, hogy valóban új munkahelyek jöttek létre.
""",
            ),
            "el": (
                "Νέες δεξιότητες και δημιουργία θέσεων εργασίας",
                "Πώς οι συστάδες καλύπτουν τα κενά δεξιοτήτων και δημιουργούν θέσεις εργασίας: κοινή κατάρτιση, δυαδική επαγγελματική εκπαίδευση και συνεργασία με σχολεία και πανεπιστήμια.",
                """
Οι επιχειρήσεις μιας συστάδας αντιμετωπίζουν συχνά τις ίδιες ελλείψεις σε εξειδικευμένο προσωπικό. Η ενότητα συγκεντρώνει τους τρόπους με τους οποίους οι συστάδες και οι δημόσιες αρχές απαντούν από κοινού: κλαδικά συμβούλια δεξιοτήτων, κοινά κέντρα κατάρτισης, δυαδική επαγγελματική εκπαίδευση με πρακτική άσκηση σε επιχειρήσεις, προγράμματα σπουδών σχεδιασμένα με τα πανεπιστήμια και προγράμματα που βοηθούν νέους και ανέργους να βρουν εργασία στις συστάδες.

Οι εταίροι μαθαίνουν πώς άλλοι προβλέπουν τις ανάγκες σε δεξιότητες, πώς χρηματοδοτήθηκε και πιστοποιήθηκε η κατάρτιση και ποιοι δείκτες έδειξαν ότι δημιουργήθηκαν πράγματι νέες θέσεις εργασίας.
""",
            ),
        },
    },
]
