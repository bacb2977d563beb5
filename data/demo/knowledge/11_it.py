"""Demo knowledge items written originally in Italian."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "it-cluster-tecnologici-nazionali",
        "kind": "programme",
        "original_language": "it",
        "areas": ["WG1", "WG5", "WG2"],
        "countries": ["IT"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2012,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Ministero dell'Università e della Ricerca – Programma Nazionale per la Ricerca; fondi PON Ricerca e Competitività",
        "budget": None,
        "target_groups": ["imprese", "università", "enti di ricerca", "regioni"],
        "contact": contact("via-emilia-innovation-agency", "chiara.benedetti@via-emilia-innovation-agency.example"),
        "sources": [
            src("Cluster Tecnologici Nazionali", "https://www.mur.gov.it/", "Ministero dell'Università e della Ricerca", 2021),
            src("Programma Nazionale per la Ricerca 2015-2020", "https://www.mur.gov.it/", "MIUR", 2016),
        ],
        "texts": {
            "it": text(
                "I Cluster Tecnologici Nazionali: dodici reti per la ricerca industriale italiana",
                """Nati dal bando MIUR del 2012 con otto aggregazioni e portati a dodici nel 2017, i Cluster
                Tecnologici Nazionali riuniscono imprese, università, enti di ricerca e regioni per elaborare
                roadmap tecnologiche comuni e collegare le strategie regionali di specializzazione intelligente.""",
                """
Nel 2012 il Ministero dell'Istruzione, dell'Università e della Ricerca lanciò un avviso per lo
sviluppo di **Cluster Tecnologici Nazionali** (CTN): reti aperte di soggetti pubblici e privati
attive su scala nazionale in un'area tecnologica. Furono riconosciuti otto cluster – aerospazio,
agrifood, **chimica verde** (SPRING), fabbrica intelligente, mezzi e sistemi per la mobilità di
superficie terrestre e marina, scienze della vita, tecnologie per gli ambienti di vita e tecnologie
per le smart communities. Nel 2017 si aggiunsero economia del mare (Blue Italian Growth), patrimonio
culturale, design-creatività-made in Italy ed energia, per un totale di dodici.

I cluster sono associazioni riconosciute dal Ministero, con compiti precisi previsti dal Programma
Nazionale per la Ricerca:

- elaborare **piani d'azione triennali** e roadmap tecnologiche condivise;
- collegare i **distretti tecnologici** e le aggregazioni regionali, evitando duplicazioni tra
  le strategie regionali di specializzazione intelligente;
- favorire la partecipazione italiana ai programmi europei e alle partnership tecnologiche;
- proporre priorità di ricerca e fabbisogni di competenze al Ministero.

I CTN non gestiscono in proprio grandi fondi: il loro valore è nel coordinamento tra regioni e nella
capacità di rappresentare un'intera filiera tecnologica verso il livello nazionale ed europeo.
""",
                """Dodici cluster attivi con migliaia di soggetti aderenti tra imprese e organismi di ricerca; i loro
                piani d'azione sono entrati nella programmazione nazionale della ricerca.""",
                """Un livello nazionale di coordinamento è utile in un paese con forti regioni, ma senza fondi
                dedicati i cluster dipendono dalla disponibilità delle amministrazioni ad ascoltarli.""",
                """Interessante per paesi con più regioni che investono negli stessi settori; richiede regole chiare
                sui rapporti tra livello nazionale e regionale.""",
            ),
            "en": text(
                "Italy's National Technology Clusters: twelve networks for industrial research",
                """Created by a 2012 call of the research ministry with eight networks and extended to twelve in
                2017, Italy's National Technology Clusters bring together firms, universities, research bodies and
                regions to draw up shared technology roadmaps and link regional smart specialisation strategies.""",
                """
In 2012 the Italian Ministry of Education, University and Research launched a call for the
development of **National Technology Clusters** (CTN): open networks of public and private actors,
active nationally in one technology area. Eight clusters were recognised – aerospace, agrifood,
**green chemistry** (SPRING), intelligent factories, land and sea mobility, life sciences,
technologies for living environments and smart communities. In 2017 blue growth, cultural heritage,
design-creativity-made in Italy and energy were added, for a total of twelve.

The clusters are associations recognised by the ministry, with tasks set out in the National
Research Programme:

- drawing up **three-year action plans** and shared technology roadmaps;
- connecting the **technology districts** and regional networks, avoiding duplication between
  regional smart specialisation strategies;
- supporting Italian participation in European programmes and technology partnerships;
- proposing research priorities and skills needs to the ministry.

The clusters do not manage large funds themselves: their value lies in coordination between regions
and in representing a whole technology value chain at national and European level.
""",
                """Twelve active clusters with thousands of member firms and research organisations; their action
                plans have entered national research programming.""",
                """A national coordination layer is useful in a country with strong regions, but without dedicated
                funds the clusters depend on the administrations' willingness to listen.""",
                """Relevant for countries where several regions invest in the same sectors; it needs clear rules on
                the relations between national and regional levels.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "it-emilia-romagna-tecnopoli-rete-alta-tecnologia",
        "kind": "good_practice",
        "original_language": "it",
        "areas": ["WG1", "WG5"],
        "countries": ["IT"],
        "regions": ["ITH5"],
        "timeframe": "current",
        "start_year": 2007,
        "end_year": None,
        "instrument": "infrastructure",
        "funding_source": "FESR – POR Emilia-Romagna 2007-2013 e 2014-2020, PR FESR 2021-2027; risorse regionali e delle università",
        "budget": None,
        "target_groups": ["imprese", "laboratori di ricerca industriale", "università"],
        "contact": contact("via-emilia-innovation-agency", "chiara.benedetti@via-emilia-innovation-agency.example"),
        "sources": [
            src("Rete Alta Tecnologia e Tecnopoli dell'Emilia-Romagna", "https://www.art-er.it/", "ART-ER – Attrattività Ricerca Territorio", 2023),
            src("Strategia di Specializzazione Intelligente 2021-2027", "https://fesr.regione.emilia-romagna.it/", "Regione Emilia-Romagna", 2021),
        ],
        "texts": {
            "it": text(
                "Tecnopoli e Rete Alta Tecnologia dell'Emilia-Romagna: infrastrutture di ricerca al servizio delle imprese",
                """L'Emilia-Romagna ha costruito una Rete Alta Tecnologia di laboratori accreditati e, con i fondi
                FESR, una rete di Tecnopoli distribuiti sul territorio, che offrono ricerca industriale e
                trasferimento tecnologico alle imprese delle filiere regionali.""",
                """
Dai primi anni Duemila la Regione Emilia-Romagna ha scelto di organizzare la ricerca industriale
pubblica come **rete di laboratori accreditati** – la **Rete Alta Tecnologia** – che lavorano su
commessa e in progetti con le imprese, secondo regole comuni su qualità, proprietà intellettuale e
rendicontazione.

Con il POR FESR 2007-2013 la Regione ha finanziato i **Tecnopoli**: infrastrutture distribuite nelle
principali città universitarie, in cui sono insediati laboratori della Rete, centri per
l'innovazione e spazi per startup. Il coordinamento è affidato all'agenzia regionale per la ricerca
e l'innovazione (oggi **ART-ER**), che gestisce anche le associazioni **Clust-ER**, una per ogni
sistema della strategia di specializzazione intelligente (agroalimentare, edilizia, industrie
culturali e creative, energia e sviluppo sostenibile, salute, innovazione nei servizi, meccatronica
e motoristica).

Il caso più visibile è il **Tecnopolo di Bologna**, nell'ex Manifattura Tabacchi, che ospita il data
center del Centro europeo per le previsioni meteorologiche a medio termine e il supercalcolatore
Leonardo: il nucleo della cosiddetta Data Valley regionale.

Il modello combina infrastrutture fisiche, regole di accreditamento e un soggetto di coordinamento
stabile, e si è mantenuto per più cicli di programmazione.
""",
                """La Rete conta decine di laboratori accreditati e i Tecnopoli sono presenti in tutte le province;
                migliaia di progetti di collaborazione con le imprese sono stati realizzati.""",
                """La continuità politica e un'agenzia di coordinamento stabile sono state decisive; gli edifici
                da soli non creano collaborazione, le regole comuni sì.""",
                """Trasferibile in parte: una regione che apprende può partire dall'accreditamento dei laboratori e
                da un coordinamento unico prima di investire in nuove sedi.""",
            ),
            "en": text(
                "Emilia-Romagna's Technopoles and High Technology Network: research infrastructure serving firms",
                """Emilia-Romagna built a High Technology Network of accredited laboratories and, with ERDF funds, a
                network of Technopoles across the region that provide industrial research and technology transfer
                to the firms of regional value chains.""",
                """
Since the early 2000s the Emilia-Romagna Region has organised public industrial research as a
**network of accredited laboratories** – the **High Technology Network** – that work under contract
and in projects with firms, under common rules on quality, intellectual property and reporting.

With the ERDF Regional Operational Programme 2007-2013 the Region financed the **Technopoles**:
facilities in the main university towns hosting laboratories of the Network, innovation centres and
space for start-ups. Coordination lies with the regional agency for research and innovation (today
**ART-ER**), which also runs the **Clust-ER** associations, one for each system of the smart
specialisation strategy (agri-food, construction, cultural and creative industries, energy and
sustainable development, health, innovation in services, mechatronics and motor industry).

The most visible case is the **Bologna Technopole**, in the former tobacco factory, which hosts the
data centre of the European Centre for Medium-Range Weather Forecasts and the Leonardo
supercomputer: the core of the regional "Data Valley".

The model combines physical infrastructure, accreditation rules and a stable coordinating body, and
it has lasted over several programming periods.
""",
                """The Network counts dozens of accredited laboratories and there are Technopoles in every province;
                thousands of cooperation projects with firms have been carried out.""",
                """Political continuity and a stable coordinating agency were decisive; buildings alone do not
                create cooperation, common rules do.""",
                """Partly transferable: a learning region can start with the accreditation of laboratories and a
                single coordinator before investing in new buildings.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "it-contratto-di-rete",
        "kind": "instrument",
        "original_language": "it",
        "areas": ["WG3", "WG4"],
        "countries": ["IT"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2009,
        "end_year": None,
        "instrument": "regulation",
        "funding_source": "Nessun fondo dedicato; agevolazioni fiscali temporanee (2010-2012) e premialità in bandi regionali",
        "budget": None,
        "target_groups": ["PMI", "reti di imprese", "distretti"],
        "contact": contact("piave-cluster-network", "alessandro.ferri@piave-cluster-network.example"),
        "sources": [
            src("Legge 9 aprile 2009, n. 33 (conversione del D.L. 5/2009), art. 3, comma 4-ter: contratto di rete", "https://www.gazzettaufficiale.it/", "Gazzetta Ufficiale della Repubblica Italiana", 2009),
            src("Osservatorio sulle reti d'impresa", "https://www.retimpresa.it/", "RetImpresa – Confindustria", 2022),
        ],
        "texts": {
            "it": text(
                "Il contratto di rete: uno strumento giuridico per la collaborazione tra PMI",
                """Introdotto nel 2009, il contratto di rete consente a imprese indipendenti di collaborare su un
                programma comune con regole, fondo e organo comuni senza fondersi; è diventato uno degli strumenti
                più diffusi di aggregazione tra PMI italiane.""",
                """
Il sistema produttivo italiano è fatto in larga parte di **piccole e medie imprese**, spesso
organizzate nei distretti industriali. Per dare una forma giuridica flessibile alla loro
collaborazione, il legislatore ha introdotto nel 2009 il **contratto di rete** (art. 3, comma 4-ter,
del D.L. 5/2009, convertito dalla legge 33/2009).

Con il contratto, più imprenditori si obbligano a realizzare un **programma comune di rete** per
accrescere la propria capacità innovativa e competitività sul mercato. Il contratto definisce:

- gli **obiettivi strategici** e le modalità per misurarne l'avanzamento;
- il programma comune, con i diritti e gli obblighi dei partecipanti;
- facoltativamente, un **fondo patrimoniale comune** e un **organo comune** che gestisce la rete.

Successive modifiche hanno distinto la **rete-contratto**, senza personalità giuridica, dalla
**rete-soggetto**, che acquista soggettività giuridica con l'iscrizione al registro delle imprese.
Nei primi anni una parte degli utili accantonati nel fondo comune godeva di una **sospensione
d'imposta**; molte regioni hanno poi dato punteggi premiali alle reti nei bandi per l'innovazione.

Le reti sono usate per export comune, ricerca, acquisti, logistica, filiere agroalimentari e anche
per la partecipazione congiunta ad appalti.
""",
                """Sono stati registrati migliaia di contratti di rete che coinvolgono decine di migliaia di
                imprese, in tutti i settori e le regioni.""",
                """Un quadro giuridico leggero abbassa i costi della collaborazione; molti contratti però restano
                formali se nati solo per ottenere un punteggio premiale nei bandi.""",
                """Trasferibile ai paesi con diritto civile simile; richiede un registro pubblico e, all'avvio,
                incentivi legati a progetti concreti più che alla sola firma del contratto.""",
            ),
        },
    },
    {
        "slug": "it-iperammortamento-impresa-40",
        "kind": "instrument",
        "original_language": "it",
        "areas": ["WG1", "WG6"],
        "countries": ["IT"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2017,
        "end_year": 2019,
        "instrument": "tax_incentive",
        "funding_source": "Spesa fiscale dello Stato – Legge di bilancio 2017 (L. 232/2016) e successive",
        "budget": None,
        "target_groups": ["imprese manifatturiere", "PMI", "fornitori di tecnologie 4.0"],
        "contact": contact("piave-cluster-network", "marco.zanon@piave-cluster-network.example"),
        "sources": [
            src("Piano nazionale Industria 4.0", "https://www.mimit.gov.it/", "Ministero dello Sviluppo Economico", 2017),
            src("Legge 11 dicembre 2016, n. 232 (Legge di bilancio 2017)", "https://www.gazzettaufficiale.it/", "Gazzetta Ufficiale della Repubblica Italiana", 2016),
        ],
        "texts": {
            "it": text(
                "Iperammortamento e Piano Industria 4.0: incentivi fiscali automatici per la trasformazione digitale",
                """Il Piano nazionale Industria 4.0 del 2016 introdusse l'iperammortamento del 250% per i beni
                strumentali interconnessi, accompagnato da competence center, digital innovation hub e incentivi
                alla formazione 4.0.""",
                """
Il **Piano nazionale Industria 4.0**, presentato nel 2016 dal Ministero dello Sviluppo Economico,
scelse di sostenere la trasformazione digitale della manifattura soprattutto con **incentivi fiscali
automatici**, senza bandi né graduatorie. Il pilastro era l'**iperammortamento**, introdotto dalla
legge di bilancio 2017:

- i beni strumentali 4.0 elencati in un allegato della legge – macchine a controllo numerico
  interconnesse, robot, sistemi di misura, magazzini automatizzati – potevano essere ammortizzati
  fiscalmente al **250%** del loro costo;
- il software e i sistemi connessi beneficiavano di una maggiorazione del 140%;
- il bene doveva essere **interconnesso** al sistema aziendale, con una perizia tecnica per i
  beni di valore più elevato.

Attorno all'incentivo il Piano costruì una rete di servizi: i **competence center** nati da
partenariati tra università e imprese, i **digital innovation hub** delle associazioni
imprenditoriali e, dal 2018, un **credito d'imposta per la formazione 4.0** dei lavoratori.

Dal 2020 l'iperammortamento è stato sostituito da crediti d'imposta per investimenti in beni
strumentali, più accessibili anche alle imprese con pochi utili. I cluster e i distretti hanno
avuto un ruolo di informazione e di accompagnamento delle PMI.
""",
                """Gli investimenti in macchinari nel 2017-2018 crebbero sensibilmente; le indagini ufficiali
                rilevarono un forte utilizzo da parte delle imprese medie e grandi, meno dalle piccole.""",
                """Un incentivo automatico è rapido e semplice, ma favorisce chi ha utili e capacità di
                investimento; senza formazione e servizi le PMI acquistano macchine senza cambiare organizzazione.""",
                """Trasferibile nei paesi con sistema fiscale affidabile; è utile affiancarlo a servizi di
                orientamento e formazione, anche tramite i cluster.""",
            ),
        },
    },
    {
        "slug": "it-smarter-italy-appalti-innovativi",
        "kind": "programme",
        "original_language": "it",
        "areas": ["WG1", "WG4"],
        "countries": ["IT"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2019,
        "end_year": None,
        "instrument": "procurement",
        "funding_source": "Fondi nazionali dei ministeri promotori; attuazione tramite AgID",
        "budget": None,
        "target_groups": ["comuni", "amministrazioni pubbliche", "imprese innovative", "startup"],
        "contact": contact("via-emilia-innovation-agency", "francesca.moretti@via-emilia-innovation-agency.example"),
        "sources": [
            src("Smarter Italy – programma di appalti innovativi", "https://www.agid.gov.it/", "Agenzia per l'Italia Digitale (AgID)", 2020),
            src("Appalti innovativi", "https://appaltinnovativi.gov.it/", "AgID", 2022),
        ],
        "texts": {
            "it": text(
                "Smarter Italy: appalti pre-commerciali per città e borghi intelligenti",
                """Il programma Smarter Italy, avviato nel 2019 e attuato dall'Agenzia per l'Italia Digitale, usa
                gli appalti pre-commerciali per far sviluppare a imprese e startup soluzioni innovative per la
                mobilità, i beni culturali, la salute e il benessere nei comuni.""",
                """
Gli **appalti innovativi** – e in particolare gli **appalti pre-commerciali** (PCP) – permettono alla
pubblica amministrazione di acquistare servizi di ricerca e sviluppo per soluzioni che ancora non
esistono sul mercato. **Smarter Italy** è il programma nazionale che dal 2019 applica questo strumento
su larga scala, promosso dai ministeri competenti per lo sviluppo economico, l'università e
l'innovazione tecnologica e attuato da **AgID**.

Il programma funziona in più passaggi:

- le amministrazioni aderenti – città e piccoli comuni («borghi del futuro») – esprimono
  **fabbisogni** in ambiti come mobilità intelligente, valorizzazione del patrimonio culturale,
  benessere e salute, ambiente;
- AgID svolge **consultazioni di mercato** per capire cosa le imprese possono sviluppare;
- le gare pre-commerciali finanziano più imprese in fasi competitive successive: progettazione,
  prototipo, sperimentazione sul campo;
- le soluzioni migliori possono poi essere acquistate con procedure ordinarie.

La piattaforma nazionale degli appalti innovativi raccoglie fabbisogni e proposte anche al di fuori
del programma. Per i cluster tecnologici e le reti di imprese, Smarter Italy è un'occasione per
portare le PMI davanti a un acquirente pubblico come primo cliente.
""",
                """Sono state avviate gare pre-commerciali in più ambiti con il coinvolgimento di città e piccoli
                comuni; startup e PMI innovative sono tra gli aggiudicatari delle fasi di sviluppo.""",
                """La centrale unica (AgID) alleggerisce i piccoli comuni, ma le sperimentazioni richiedono tempi
                lunghi; il passaggio all'acquisto su larga scala è la fase più difficile.""",
                """Adatto a paesi con un'agenzia centrale competente; una regione che apprende può iniziare con un
                solo fabbisogno condiviso da più comuni e un cluster che mobilita le imprese.""",
            ),
        },
    },
    {
        "slug": "it-emilia-romagna-legge-economia-circolare",
        "kind": "instrument",
        "original_language": "it",
        "areas": ["WG2"],
        "countries": ["IT"],
        "regions": ["ITH5"],
        "timeframe": "current",
        "start_year": 2015,
        "end_year": None,
        "instrument": "regulation",
        "funding_source": "Fondo regionale d'ambito per i comuni virtuosi; risorse regionali e FESR per le imprese",
        "budget": None,
        "target_groups": ["comuni", "imprese", "gestori dei rifiuti", "cittadini"],
        "contact": contact("via-emilia-innovation-agency"),
        "sources": [
            src("Legge regionale 5 ottobre 2015, n. 16 – Disposizioni a sostegno dell'economia circolare", "https://demetra.regione.emilia-romagna.it/", "Regione Emilia-Romagna", 2015),
            src("Forum permanente per l'economia circolare", "https://ambiente.regione.emilia-romagna.it/", "Regione Emilia-Romagna", 2022),
        ],
        "texts": {
            "it": text(
                "La legge regionale dell'Emilia-Romagna sull'economia circolare (2015)",
                """Con la legge regionale 16/2015 l'Emilia-Romagna è stata tra le prime regioni europee a dotarsi
                di una legge sull'economia circolare, con obiettivi di riduzione dei rifiuti, tariffa puntuale,
                incentivi ai comuni e un forum permanente con imprese e associazioni.""",
                """
La **legge regionale 16/2015** dell'Emilia-Romagna ha tradotto in norme regionali i principi
dell'**economia circolare**, allora in discussione a livello europeo. Gli strumenti principali sono:

- **obiettivi** di riduzione della produzione di rifiuti urbani pro capite e di aumento della
  raccolta differenziata e del riciclo, con un piano regionale coerente;
- la **tariffa puntuale**, che fa pagare ai cittadini in base ai rifiuti indifferenziati
  prodotti, da estendere progressivamente a tutti i comuni;
- un **fondo incentivante** che premia i comuni con i risultati migliori e finanzia centri del
  riuso e progetti di prevenzione;
- misure per i **sottoprodotti** industriali, con un elenco regionale che dà certezza alle imprese
  che riutilizzano scarti di altre imprese;
- un **Forum permanente per l'economia circolare**, in cui Regione, imprese, associazioni e
  università discutono le misure.

L'elenco dei sottoprodotti è lo strumento più vicino alle filiere: in una regione ricca di distretti
agroalimentari, ceramici e meccanici, permette alle imprese di organizzare forme di **simbiosi
industriale**. La strategia di specializzazione intelligente regionale ha poi inserito lo sviluppo
sostenibile tra i suoi temi trasversali.
""",
                """La produzione di rifiuti non riciclati è diminuita e la raccolta differenziata è cresciuta; la
                tariffa puntuale si è estesa a un numero crescente di comuni.""",
                """Obiettivi misurabili, incentivi ai comuni e certezza giuridica per i sottoprodotti hanno
                funzionato meglio di semplici dichiarazioni di principio.""",
                """Trasferibile alle regioni con competenze in materia di rifiuti; l'elenco dei sottoprodotti è
                una misura a basso costo utile ai cluster per avviare la simbiosi industriale.""",
            ),
        },
    },
    {
        "slug": "it-fvg-rilancimpresa-cluster-regionali",
        "kind": "programme",
        "original_language": "it",
        "areas": ["WG5", "WG3"],
        "countries": ["IT"],
        "regions": ["ITH4"],
        "timeframe": "current",
        "start_year": 2015,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Bilancio della Regione Autonoma Friuli Venezia Giulia; FESR",
        "budget": None,
        "target_groups": ["cluster regionali", "PMI", "enti di ricerca"],
        "contact": contact("alpi-orientali-university", "giulia.furlan@alpi-orientali-university.example"),
        "sources": [
            src("Legge regionale 20 febbraio 2015, n. 3 – RilancimpresaFVG – Riforma delle politiche industriali", "https://www.regione.fvg.it/", "Regione Autonoma Friuli Venezia Giulia", 2015),
        ],
        "texts": {
            "it": text(
                "RilancimpresaFVG: dai distretti industriali ai cluster regionali in Friuli Venezia Giulia",
                """Con la legge regionale 3/2015 il Friuli Venezia Giulia ha riformato le politiche industriali e
                sostituito i vecchi distretti con cluster regionali allineati alla strategia di specializzazione
                intelligente, affidando loro servizi alle imprese e progetti di filiera.""",
                """
Il Friuli Venezia Giulia ha una lunga storia di **distretti industriali** – della sedia, del mobile,
della coltelleria, della componentistica – sostenuti da agenzie di sviluppo locali. Con la legge
regionale **3/2015 «RilancimpresaFVG – Riforma delle politiche industriali»** la Regione ha
ripensato questo sistema, superando la logica territoriale dei distretti a favore di **cluster
regionali** organizzati per filiera e allineati alla **strategia di specializzazione intelligente**.

I cluster riconosciuti riguardano, tra gli altri, l'agroalimentare e la bioeconomia, il
legno-arredo-casa, la metalmeccanica, le tecnologie digitali, le scienze della vita e l'economia del
mare. Ciascun cluster ha un soggetto gestore che:

- offre **servizi alle imprese** della filiera: informazione, accompagnamento all'innovazione e
  all'internazionalizzazione, formazione;
- promuove **progetti di filiera** e la collaborazione con università ed enti di ricerca;
- partecipa all'**aggiornamento della strategia** regionale e alla scoperta imprenditoriale;
- rappresenta la filiera nelle reti nazionali ed europee.

La legge ha inoltre riorganizzato gli strumenti di agevolazione e le aree industriali, per dare
coerenza all'intera politica industriale regionale.
""",
                """I cluster regionali sono operativi in tutte le filiere previste e partecipano ai tavoli della
                strategia di specializzazione intelligente e a progetti europei.""",
                """Passare dal distretto territoriale al cluster di filiera crea tensioni locali, ma allinea le
                politiche alla strategia; un soggetto gestore per filiera semplifica il dialogo con la Regione.""",
                """Utile per regioni con molti distretti storici; la regione che apprende deve definire per legge
                compiti, finanziamento e valutazione dei soggetti gestori.""",
            ),
        },
    },
    {
        "slug": "it-analisi-visita-studio-emilia-romagna",
        "kind": "study",
        "original_language": "it",
        "areas": ["WG1", "WG5", "WG3"],
        "countries": ["IT", "RO", "AL"],
        "regions": ["ITH5"],
        "timeframe": "current",
        "start_year": 2024,
        "end_year": None,
        "instrument": "other",
        "funding_source": None,
        "budget": None,
        "target_groups": ["agenzie di sviluppo regionale", "autorità di gestione", "cluster manager"],
        "contact": contact("via-emilia-innovation-agency", "chiara.benedetti@via-emilia-innovation-agency.example"),
        "status": "draft",
        "sources": [
            src("Rete Alta Tecnologia, Tecnopoli e Clust-ER", "https://www.art-er.it/", "ART-ER – Attrattività Ricerca Territorio", 2023),
            src("Strategia di Specializzazione Intelligente 2021-2027", "https://fesr.regione.emilia-romagna.it/", "Regione Emilia-Romagna", 2021),
        ],
        "texts": {
            "it": text(
                "Analisi di una visita di studio: che cosa possono trasferire le regioni in apprendimento dal modello emiliano",
                """Schema di analisi per le visite di studio in Emilia-Romagna: quali elementi del sistema regionale
                dell'innovazione – Tecnopoli, Rete Alta Tecnologia, Clust-ER, agenzia di coordinamento – sono
                trasferibili e a quali condizioni in regioni con minore capacità di ricerca.""",
                """
Le visite di studio in Emilia-Romagna sono frequenti nei progetti di cooperazione perché la regione
offre un sistema completo: laboratori accreditati della **Rete Alta Tecnologia**, **Tecnopoli** in
ogni provincia, associazioni **Clust-ER** per ogni sistema della strategia di specializzazione
intelligente e un'agenzia regionale, **ART-ER**, che coordina il tutto. Il rischio di queste visite è
tornare a casa con l'idea di «costruire un tecnopolo» senza le condizioni che lo fanno funzionare.

Questa analisi propone una griglia in quattro domande da discutere con i partecipanti dopo la visita:

1. **Che cosa abbiamo visto?** Distinguere infrastrutture (edifici, laboratori), regole
   (accreditamento, proprietà intellettuale, tariffe) e organizzazione (agenzia, Clust-ER).
2. **Da quanto tempo esiste?** Il sistema è il risultato di oltre vent'anni di politiche coerenti
   e di più cicli FESR.
3. **Che cosa ne è prerequisito?** Università forti, imprese medie che investono in ricerca,
   un'amministrazione regionale con competenze proprie.
4. **Che cosa possiamo fare subito?** Tipicamente: un elenco di laboratori con regole comuni,
   un'associazione di filiera con le imprese, un punto unico di coordinamento.

Per una regione come il Nord-Est della Romania o per un'agenzia albanese, gli elementi più
trasferibili sono le **regole** e l'**organizzazione**, non gli edifici.

Documento in bozza: sarà completato con le risposte dei partecipanti alle prossime visite.
""",
                """La griglia è stata preparata per le visite del partenariato; i risultati saranno aggiunti dopo
                la loro discussione.""",
                """Le visite producono apprendimento quando i partecipanti separano ciò che è trasferibile da ciò
                che dipende dal contesto; un debriefing strutturato vale quanto la visita.""",
                """La griglia si applica a qualunque visita di studio della piattaforma; va compilata entro due
                settimane dalla visita e collegata alle azioni pilota.""",
            ),
        },
    },
]
