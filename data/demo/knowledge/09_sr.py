"""Demo knowledge items written originally in Serbian (Latin script)."""

from _common import budget, contact, src, text

ITEMS = [
    {
        "slug": "rs-program-podrske-razvoju-klastera",
        "kind": "programme",
        "original_language": "sr",
        "areas": ["WG1", "WG3", "WG4"],
        "countries": ["RS"],
        "regions": [],
        "timeframe": "past",
        "start_year": 2007,
        "end_year": 2015,
        "instrument": "grants",
        "funding_source": "Budžet Republike Srbije – ministarstvo nadležno za privredu i Nacionalna agencija za regionalni razvoj",
        "budget": None,
        "target_groups": ["klasteri", "mala i srednja preduzeća", "regionalne razvojne agencije"],
        "contact": contact("morava-enterprise-centre", "nemanja.ilic@morava-enterprise-centre.example"),
        "sources": [
            src("Program podrške razvoju klastera", "https://privreda.gov.rs/", "Ministarstvo privrede Republike Srbije", 2014),
            src("SME Policy Index: Western Balkans and Turkey 2016", "https://www.oecd.org/", "OECD, EU, ETF, EBRD", 2016),
        ],
        "texts": {
            "sr": text(
                "Program podrške razvoju klastera u Srbiji (2007–2015): bespovratna sredstva za inovativne klastere",
                """Od 2007. ministarstvo nadležno za privredu svake godine je raspisivalo program sufinansiranja
                klastera – najpre za nastajuće, a zatim za razvijene inovativne klastere – čime je Srbija među
                prvim zemljama Zapadnog Balkana uvela nacionalnu klastersku politiku.""",
                """
Srbija je klastersku politiku uvela 2007. godine, kada je ministarstvo nadležno za privredu i
regionalni razvoj pokrenulo **Program podrške razvoju klastera**. Program je sprovođen kroz godišnje
javne pozive, u saradnji sa Nacionalnom agencijom za regionalni razvoj i mrežom regionalnih
razvojnih agencija.

Podrška je bila podeljena prema fazi razvoja klastera:

- **klasteri u nastajanju** – sufinansiranje osnivanja, izrade strategije, angažovanja
  **menadžera klastera** i prvih zajedničkih aktivnosti;
- **razvijeni klasteri** – sufinansiranje zajedničkih projekata članova: razvoja proizvoda,
  uvođenja standarda kvaliteta, zajedničkog nastupa na sajmovima i **internacionalizacije**;
- **inovativni projekti** – projekti saradnje preduzeća sa naučnoistraživačkim organizacijama.

Uslov je bio da klaster bude registrovan kao udruženje, da okuplja pretežno mala i srednja
preduzeća i da ima učešće institucija znanja i podrške. Iznosi su bili skromni, a sufinansiranje je
zahtevalo učešće članova.

Program je doveo do brzog rasta broja klastera – u IKT sektoru, prehrambenoj industriji, turizmu,
građevinarstvu, drvnoj industriji, automobilskoj industriji i drugim oblastima – i do osnivanja
udruženja klastera na nacionalnom nivou. Posle 2015. podrška je postala neredovna, a mnogi klasteri
koji su zavisili od godišnjih poziva smanjili su aktivnosti.
""",
                """Nekoliko desetina klastera dobilo je podršku; najuspešniji, pre svega u IKT-u, postali su aktivni
                članovi evropskih mreža, dok su mnogi drugi ostali neaktivni nakon prestanka podrške.""",
                """Godišnji pozivi sa malim iznosima pomogli su u pokretanju, ali neredovnost programa ugrozila je
                održivost; klasteri sa članarinama i sopstvenim uslugama preživeli su prekid podrške.""",
                """Model faza razvoja je prenosiv; zemlja koja uči treba višegodišnji budžet i registar aktivnih
                klastera sa pokazateljima rezultata.""",
            ),
        },
    },
    {
        "slug": "rs-vojvodjanski-ikt-klaster",
        "kind": "good_practice",
        "original_language": "sr",
        "areas": ["WG1", "WG3", "WG6"],
        "countries": ["RS"],
        "regions": ["RS12"],
        "timeframe": "current",
        "start_year": 2009,
        "end_year": None,
        "instrument": "networking",
        "funding_source": "Članarine, usluge, evropski projekti (Horizon, COSME, Interreg)",
        "budget": None,
        "target_groups": ["IKT kompanije", "univerziteti", "lokalne samouprave"],
        "contact": contact("pannonian-innovation-centre", "dragana.jovanovic@pannonian-innovation-centre.example"),
        "sources": [
            src("Vojvodina ICT Cluster", "https://vojvodinaictcluster.org/", "Vojvođanski IKT klaster", 2023),
            src("European Cluster Collaboration Platform – Vojvodina ICT Cluster", "https://www.clustercollaboration.eu/", "European Commission", 2023),
        ],
        "texts": {
            "sr": text(
                "Vojvođanski IKT klaster: od udruženja softverskih firmi do regionalnog inovacionog čvorišta",
                """Vojvođanski IKT klaster, osnovan 2009. u Novom Sadu, okuplja softverske kompanije, univerzitet
                i institucije podrške i postao je jedan od najaktivnijih klastera u Srbiji, sa projektima u
                digitalizaciji industrije, obrazovanju kadrova i međunarodnoj saradnji.""",
                """
Novi Sad je u poslednje dve decenije postao jedan od najvažnijih IT centara Jugoistočne Evrope,
oslanjajući se na Fakultet tehničkih nauka i veliki broj softverskih kompanija. **Vojvođanski IKT
klaster** (VOICT) osnovan je 2009. godine kao udruženje IT kompanija sa ciljem da zajednički rešavaju
probleme koje pojedinačna firma ne može.

Glavne oblasti delovanja klastera su:

- **kadrovi**: saradnja sa univerzitetom na nastavnim programima, programi prekvalifikacije za
  IT zanimanja i promocija IT karijera među mladima;
- **inovacije i digitalizacija**: povezivanje IT firmi sa industrijom, poljoprivredom i javnim
  sektorom, projekti **Industrije 4.0** i digitalne transformacije malih i srednjih preduzeća;
- **internacionalizacija**: zajednički nastupi na sajmovima, misije, partnerstva sa klasterima
  iz EU i učešće u evropskim projektima;
- **zagovaranje**: saradnja sa lokalnom i pokrajinskom upravom i uticaj na politike u oblasti
  obrazovanja i inovacija.

Klaster je uspešno prešao put od projekta zavisnog od domaćih grantova do organizacije koja se
finansira članarinama, uslugama i evropskim projektima. Učestvuje u mreži evropskih digitalnih
inovacionih čvorišta i sarađuje sa Naučno-tehnološkim parkom Novi Sad.
""",
                """Klaster okuplja veliki deo IT kompanija u Vojvodini, učestvovao je u nizu evropskih projekata i
                pokrenuo programe prekvalifikacije kroz koje su stotine ljudi ušle u IT sektor.""",
                """Kada kompanije dele isti problem – nedostatak kadrova – one sarađuju uprkos konkurenciji;
                diversifikacija izvora finansiranja bila je ključ održivosti.""",
                """Prenosivo u univerzitetske gradove sa IT sektorom; potrebni su lideri iz kompanija, stalni
                menadžment i povezivanje sa evropskim mrežama.""",
            ),
            "en": text(
                "Vojvodina ICT Cluster: from an association of software firms to a regional innovation hub",
                """The Vojvodina ICT Cluster, founded in Novi Sad in 2009, brings together software companies, the
                university and support institutions and has become one of Serbia's most active clusters, with
                projects on industrial digitalisation, skills and international cooperation.""",
                """
Over the last two decades Novi Sad has become one of the main IT centres of South East Europe, built
on the Faculty of Technical Sciences and many software companies. The **Vojvodina ICT Cluster**
(VOICT) was founded in 2009 as an association of IT companies to solve together problems that no
single firm can.

The cluster's main fields of action are:

- **skills**: cooperation with the university on curricula, reskilling programmes for IT jobs
  and promotion of IT careers among young people;
- **innovation and digitalisation**: linking IT firms with industry, agriculture and the public
  sector, **Industry 4.0** projects and the digital transformation of SMEs;
- **internationalisation**: joint presence at fairs, missions, partnerships with EU clusters and
  participation in European projects;
- **advocacy**: cooperation with the city and provincial government and influence on education
  and innovation policies.

The cluster has moved from a project dependent on domestic grants to an organisation financed by
membership fees, services and European projects. It takes part in the network of European digital
innovation hubs and cooperates with the Science and Technology Park Novi Sad.
""",
                """The cluster gathers a large share of the IT companies in Vojvodina, has taken part in many
                European projects and launched reskilling programmes through which hundreds of people entered the
                IT sector.""",
                """When companies share the same problem – lack of skilled people – they cooperate despite
                competition; diversifying funding sources was the key to sustainability.""",
                """Transferable to university cities with an IT sector; it needs leaders from companies, permanent
                management and links to European networks.""",
                translation="human",
            ),
        },
    },
    {
        "slug": "rs-inovacioni-vauceri-fond-za-inovacionu-delatnost",
        "kind": "instrument",
        "original_language": "sr",
        "areas": ["WG1"],
        "countries": ["RS"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2018,
        "end_year": None,
        "instrument": "vouchers",
        "funding_source": "Budžet Republike Srbije preko Fonda za inovacionu delatnost",
        "budget": None,
        "target_groups": ["mikro, mala i srednja preduzeća", "naučnoistraživačke organizacije"],
        "contact": contact("avala-software-cluster", "milica.djordjevic@avala-software-cluster.example"),
        "sources": [
            src("Program inovacionih vaučera", "https://www.inovacionifond.rs/", "Fond za inovacionu delatnost Republike Srbije", 2023),
        ],
        "texts": {
            "sr": text(
                "Program inovacionih vaučera Fonda za inovacionu delatnost",
                """Od 2018. Fond za inovacionu delatnost dodeljuje malim i srednjim preduzećima inovacione vaučere
                za usluge akreditovanih naučnoistraživačkih organizacija, kroz stalno otvoren poziv i
                pojednostavljenu proceduru.""",
                """
**Fond za inovacionu delatnost** osnovan je kao glavna institucija za finansiranje inovacija u
Srbiji i sprovodi programe za startape, saradnju nauke i privrede i transfer tehnologije. Godine
2018. pokrenuo je **Program inovacionih vaučera**, namenjen preduzećima koja do tada nisu sarađivala
sa naukom.

Program funkcioniše na sledeći način:

- mikro, malo ili srednje preduzeće bira **akreditovanu naučnoistraživačku organizaciju** –
  fakultet ili institut – i sa njom dogovara uslugu;
- prihvatljive usluge obuhvataju **testiranje i merenje**, razvoj i unapređenje proizvoda ili
  procesa, izradu prototipa, studije izvodljivosti i stručne analize;
- preduzeće podnosi jednostavnu prijavu onlajn u okviru stalno otvorenog poziva;
- Fond pokriva većinu troškova usluge do utvrđenog maksimuma, a preduzeće plaća ostatak.

Ideja je da mali, brzi projekti stvore **poverenje** između preduzeća i istraživača i da prvi
kontakt preraste u dugoročnu saradnju i veće projekte, na primer u programima saradnje nauke i
privrede istog Fonda.

Klasteri, regionalne razvojne agencije i naučno-tehnološki parkovi pomažu preduzećima da
prepoznaju potrebu i izaberu pravu instituciju. Program je postao jedan od najpopularnijih
instrumenata Fonda.
""",
                """Stotine preduzeća koristile su vaučere, najviše iz prerađivačke i prehrambene industrije i IKT
                sektora; najčešće usluge bile su testiranja i razvoj proizvoda.""",
                """Stalno otvoren poziv i brza odluka odgovaraju malim preduzećima; vaučeri imaju najveći efekat
                kada ih prati sledeći, veći instrument saradnje.""",
                """Lako prenosivo u druge zemlje Zapadnog Balkana; potrebni su registar akreditovanih pružalaca
                usluga i posrednici koji pomažu preduzećima.""",
            ),
        },
    },
    {
        "slug": "rs-naucno-tehnoloski-parkovi",
        "kind": "instrument",
        "original_language": "sr",
        "areas": ["WG1", "WG6"],
        "countries": ["RS"],
        "regions": ["RS11", "RS12", "RS21", "RS22"],
        "timeframe": "current",
        "start_year": 2015,
        "end_year": None,
        "instrument": "infrastructure",
        "funding_source": "Budžet Republike Srbije, lokalne samouprave, zajam Evropske investicione banke, donacije",
        "budget": None,
        "target_groups": ["startapi", "tehnološka preduzeća", "univerziteti"],
        "contact": contact("pannonian-innovation-centre", "dragana.jovanovic@pannonian-innovation-centre.example"),
        "sources": [
            src("Naučno-tehnološki park Beograd", "https://www.ntpark.rs/", "Naučno-tehnološki park Beograd", 2023),
            src("Naučno-tehnološki park Novi Sad", "https://www.ntpns.rs/", "Naučno-tehnološki park Novi Sad", 2023),
        ],
        "texts": {
            "sr": text(
                "Naučno-tehnološki parkovi u Beogradu, Novom Sadu, Nišu i Čačku",
                """Srbija je od sredine 2010-ih izgradila mrežu naučno-tehnoloških parkova pri univerzitetskim
                centrima, koji nude prostor, inkubaciju i akceleraciju tehnološkim startapima i razvojnim
                timovima kompanija.""",
                """
Da bi zadržala talente i povezala univerzitete sa privredom, Srbija je uložila u **naučno-tehnološke
parkove** u četiri univerzitetska centra. Prvi je otvoren **Naučno-tehnološki park Beograd** (2015),
u zgradi obnovljenoj uz podršku države i Švajcarske, a zatim su izgrađeni parkovi u **Novom Sadu**,
**Nišu** i **Čačku**, uz finansiranje države, lokalnih samouprava i zajma Evropske investicione banke.

Parkovi kombinuju **infrastrukturu** i **usluge**:

- poslovni prostor i laboratorije za startape, spin-of kompanije i razvojne centre većih
  tehnoloških firmi;
- programe **inkubacije i akceleracije** sa mentorima, obukama i pristupom investitorima;
- povezivanje sa fakultetima i institutima radi **transfera tehnologije**;
- događaje, takmičenja i programe za studente i mlade preduzetnike.

Parkovi su postali čvorišta lokalnih inovacionih ekosistema: u njima sede i klasteri i predstavnici
Fonda za inovacionu delatnost, a u Novom Sadu i Beogradu oko njih su se okupile zajednice IT firmi.
Najveći izazov za parkove u manjim centrima je dovoljan broj kvalitetnih timova i kompanija koje
će koristiti kapacitete.
""",
                """Parkovi u Beogradu i Novom Sadu brzo su popunili kapacitete i postali domaćini stotinama
                kompanija i timova; parkovi u Nišu i Čačku razvijaju se postepeno.""",
                """Infrastruktura bez programa podrške i bez povezanosti sa univerzitetom ostaje prazna; vrednost
                parka je u zajednici i uslugama, ne u zgradi.""",
                """Prenosivo u univerzitetske centre regiona; učeći region treba unapred planirati tim za
                upravljanje parkom i programe inkubacije, a tek onda zgradu.""",
            ),
        },
    },
    {
        "slug": "rs-strategija-pametne-specijalizacije-2020-2027",
        "kind": "programme",
        "original_language": "sr",
        "areas": ["WG5", "WG1"],
        "countries": ["RS"],
        "regions": [],
        "timeframe": "current",
        "start_year": 2020,
        "end_year": 2027,
        "instrument": "other",
        "funding_source": "Budžet Republike Srbije, Fond za inovacionu delatnost, Fond za nauku, pretpristupna pomoć EU (IPA)",
        "budget": None,
        "target_groups": ["preduzeća", "naučnoistraživačke organizacije", "ministarstva"],
        "contact": contact("avala-software-cluster", "milica.djordjevic@avala-software-cluster.example"),
        "sources": [
            src("Strategija pametne specijalizacije u Republici Srbiji za period od 2020. do 2027. godine", "https://www.pravno-informacioni-sistem.rs/", "Vlada Republike Srbije", 2020),
            src("Smart Specialisation Platform – Serbia", "https://s3platform.jrc.ec.europa.eu/", "European Commission, Joint Research Centre", 2020),
        ],
        "texts": {
            "sr": text(
                "Strategija pametne specijalizacije Srbije 2020–2027: prva strategija te vrste van Evropske unije",
                """Srbija je početkom 2020. kao prva zemlja van EU usvojila strategiju pametne specijalizacije,
                izrađenu po metodologiji Zajedničkog istraživačkog centra EU, sa četiri prioritetne oblasti.""",
                """
**Strategija pametne specijalizacije u Republici Srbiji 2020–2027** usvojena je u februaru 2020.
Srbija je time postala **prva zemlja van Evropske unije** sa ovakvom strategijom, izrađenom uz
podršku **Zajedničkog istraživačkog centra** (JRC) Evropske komisije.

Izrada je obuhvatila:

- **kvantitativno mapiranje** ekonomskog, inovacionog i naučnog potencijala po sektorima;
- **proces preduzetničkog otkrivanja** – radionice sa preduzećima, istraživačima, državom i
  civilnim društvom u svakoj potencijalnoj oblasti;
- izbor prioriteta i izradu **akcionog plana**.

Strategija određuje četiri **prioritetne oblasti**:

1. **hrana za budućnost** – održiva proizvodnja i prerada hrane, precizna poljoprivreda;
2. **informaciono-komunikacione tehnologije**;
3. **mašine i proizvodni procesi budućnosti**;
4. **kreativne industrije**.

Strategija se sprovodi kroz programe Fonda za inovacionu delatnost i Fonda za nauku, kao i kroz
druge državne i donatorske programe, a sprovođenje prati savet za pametnu specijalizaciju. Klasteri
su učestvovali u procesu preduzetničkog otkrivanja, naročito u IKT-u i prehrambenoj industriji.

Iskustvo Srbije koristi se kao primer u drugim zemljama Zapadnog Balkana koje prate istu
metodologiju.
""",
                """Strategija je usvojena sa akcionim planom; programi Fonda za inovacionu delatnost dobili su
                jasnije usmerenje ka prioritetnim oblastima.""",
                """Metodologija JRC-a dala je kredibilitet i strukturu procesu; izazov je održati preduzetničko
                otkrivanje živim i posle usvajanja dokumenta.""",
                """Direktno korisno za Albaniju, Severnu Makedoniju i druge zemlje kandidate koje prolaze isti
                proces; učeći region treba stalno telo za praćenje.""",
            ),
        },
    },
]
