"""The demo regions' assessments: who writes, reviews and coordinates each, how far each
has come, the levels per thematic area that tell its story, and the texts people write
(summary, SWOT, comments, recommendations, responses, action plans). Read by
tools/build-assessment-demo.py; the people are those of ../partnership.json."""

# The demo people, by a short name.
P = {
    "nikolaos": "nikolaos.karagiannis@athens-cluster-studies-institute.example",  # stc_member, EL
    "reka": "reka.fekete@hajdusag-university.example",  # stc_member, HU
    "tomas": "tomas.kovacik@danube-innovation-agency.example",  # wg_coordinator WG4, SK
    "maja": "maja.kovacic@pohorje-wood-cluster.example",  # wg_coordinator WG2, SI
    "francesca": "francesca.moretti@via-emilia-innovation-agency.example",
    "alessandro": "alessandro.ferri@piave-cluster-network.example",
    "giulia": "giulia.furlan@alpi-orientali-university.example",
    "petra": "petra.novak@si-smart-specialisation-agency.example",
    "gregor": "gregor.zupan@si-smart-specialisation-agency.example",
    "katalin": "katalin.szabo@tisza-maros-innovation-centre.example",
    "bence": "bence.varga@tisza-maros-innovation-centre.example",
    "sofia": "sofia.vlachou@athens-cluster-studies-institute.example",
    "eleni": "eleni.papadimitriou@axios-innovation-agency.example",
    "eva": "eva.tothova@danube-innovation-agency.example",
    "raluca": "raluca.toma@nord-est-cluster-agency.example",
    "adriana": "adriana.stoica@banat-regional-economics-institute.example",
    "arben": "arben.hoxha@al-enterprise-cluster-agency.example",
    "dragana": "dragana.jovanovic@pannonian-innovation-centre.example",
    "ivana": "ivana.babic@velebit-rda.example",
    "georgi": "georgi.stoyanov@maritsa-rda.example",
    "aleksandar": "aleksandar.trajkovski@mk-competitiveness-office.example",
    "zuzana": "zuzana.hudakova@hornad-digital-cluster.example",
}

# Per region: the current level per area, how the past differed (current − past) and how far
# the target reaches (target − current); the generator varies each criterion by at most one
# level around these, the same way on every run. `bias` lowers (or raises) the reviewers'
# current levels per area against the team's: a region that rates itself too well.
REGIONS = [
    {
        "region": "ITH5", "name": "Emilia-Romagna", "period": 2,
        "organisation": "via-emilia-innovation-agency", "team": "francesca", "coordinator": "nikolaos",
        "status": "published", "disclosure": "public", "experienced": True,
        "current": {"WG1": 5, "WG2": 4, "WG3": 4, "WG4": 4, "WG5": 5, "WG6": 4},
        "change": {"WG1": 0, "WG2": 1, "WG3": 0, "WG4": 0, "WG5": 1, "WG6": 1},
        "reach": {"WG1": 0, "WG2": 1, "WG3": 1, "WG4": 1, "WG5": 0, "WG6": 1},
        "bias": {"WG3": -1},
        "summary": (
            "Emilia-Romagna has run cluster policy for two decades: the High Technology Network "
            "and its Tecnopoli connect universities with firms, and the regional law on the "
            "circular economy gives the clusters a green agenda. The self-assessment finds the "
            "region strong in innovation (WG1) and smart specialisation (WG5) and wants to "
            "move further on international cooperation and on skills for the green and "
            "digital transition."
        ),
        "swot": {
            "WG1": ("Tecnopoli and accredited laboratories open to firms; annual joint R&D calls.",
                    "Small firms outside the clusters rarely use the laboratories.",
                    "Horizon Europe partnerships led by the clust-ER associations.",
                    "Rising costs of laboratory staff and equipment after 2027."),
            "WG5": ("Priorities chosen with the clust-ER associations and revised in 2021.",
                    "Monitoring indicators of the strategy change too often to compare years.",
                    "A continuous discovery process with the seven clust-ER associations.",
                    "National priorities that pull the regional budget elsewhere."),
        },
        "reviewers": [
            {"user": "katalin", "answer": "accept", "text": "", "submitted": True},
            {"user": "sofia", "answer": "accept", "text": "", "submitted": True},
        ],
        "comments": [
            {"by": "katalin", "criterion": "WG3.2",
             "body": "Which clust-ER associations are active in European Strategic Cluster Partnerships today?",
             "reply": {"by": "francesca", "body": "Four of seven: agrifood, mechatronics, health and energy; the list is in the 2024 annual report."}},
            {"by": "sofia", "criterion": "WG6.5",
             "body": "The talent attraction measures look recent; is there any figure on returnees yet?",
             "reply": {"by": "francesca", "body": "Not yet: the first count of the returnee programme is due in spring."}},
        ],
        "recommendations": [
            {"by": "katalin", "area": "WG3", "criterion": "WG3.2",
             "text": "Fund joint projects with the clusters of neighbouring regions in the Adriatic-Ionian area, not only calls for the region's own firms.",
             "response": "accepted", "reason": "It fits the new regional internationalisation plan.",
             "actions": [{"action": "Open a window for interregional cluster projects in the 2027 call.", "owner": "Regional directorate for the economy", "deadline": "2027-06-30",
                          "follow_up": ("in_progress", "The window is drafted and was discussed with the Adriatic-Ionian cluster forum.")}]},
            {"by": "sofia", "area": "WG6", "criterion": "WG6.5",
             "text": "Measure whether the returnee incentives keep people in the region for more than two years before extending them.",
             "response": "partly", "reason": "A two-year count is planned, but the incentives will be extended meanwhile to avoid a gap.",
             "actions": [{"action": "Add the two-year retention count to the programme's monitoring.", "owner": "ART-ER", "deadline": "2027-03-31", "follow_up": None}]},
        ],
        "consolidation_note": "Self and peer scores are close; the international criteria were agreed one level lower.",
    },
    {
        "region": "SI04", "name": "Zahodna Slovenija", "period": 2,
        "organisation": "si-smart-specialisation-agency", "team": "petra", "coordinator": "reka",
        "status": "published", "disclosure": "public", "experienced": True,
        "current": {"WG1": 4, "WG2": 4, "WG3": 4, "WG4": 3, "WG5": 5, "WG6": 3},
        "change": {"WG1": 1, "WG2": 1, "WG3": 0, "WG4": 0, "WG5": 2, "WG6": 0},
        "reach": {"WG1": 1, "WG2": 1, "WG3": 1, "WG4": 1, "WG5": 0, "WG6": 2},
        "bias": {"WG4": -1},
        "summary": (
            "Western Slovenia links its clusters to the smart specialisation strategy through the "
            "strategic development and innovation partnerships (SRIPs), each run by firms and "
            "research organisations. The partnerships have made the region strong on smart "
            "specialisation (WG5) and innovation (WG1); financing still depends on calls of the "
            "cohesion programme, and the team sets its largest target on skills."
        ),
        "swot": {
            "WG5": ("Nine SRIPs give clusters a formal role in the strategy.",
                    "Partnerships depend on one ministry's calls for their operating costs.",
                    "The SRIPs' action plans can be revised with the new programming period.",
                    "Fatigue of firms asked to join too many working groups."),
            "WG4": ("Vouchers for SMEs and grants of the cohesion programme.",
                    "Gaps between calls at the edges of the programming periods.",
                    "Financial instruments of the Slovene Enterprise Fund for cluster projects.",
                    "A shorter cohesion budget after 2027."),
            "WG6": ("Strong technical faculties in Ljubljana and Nova Gorica.",
                    "Few dual training places in the partnerships' firms.",
                    "Skills plans of the SRIPs for wood, automotive and smart factories.",
                    "Engineers leaving for Austria and Germany."),
        },
        "reviewers": [
            {"user": "alessandro", "answer": "accept", "text": "", "submitted": True},
            {"user": "bence", "answer": "accept", "text": "I reviewed one SRIP's action plan in 2022 as an external expert.", "submitted": True},
        ],
        "comments": [
            {"by": "alessandro", "criterion": "WG4.4",
             "body": "How long was the gap between the last two calls for the partnerships' operating costs?",
             "reply": {"by": "petra", "body": "Fourteen months, from mid-2021 to autumn 2022."}},
        ],
        "recommendations": [
            {"by": "alessandro", "area": "WG4", "criterion": "WG4.4",
             "text": "Bridge the partnerships' operating costs between programming periods with a national budget line.",
             "response": "accepted", "reason": "",
             "actions": [{"action": "Propose a bridging line in the 2027 state budget.", "owner": "Ministry of the Economy, Tourism and Sport", "deadline": "2026-12-31",
                          "follow_up": ("done", "The line was adopted in the 2027 budget for twelve months.")}]},
            {"by": "bence", "area": "WG6", "criterion": "WG6.3",
             "text": "Use the dual training scheme of Hungarian automotive clusters as a model for the partnerships' firms.",
             "response": "partly", "reason": "A study visit is welcome; the Slovene apprenticeship law sets different rules.",
             "actions": [{"action": "Study visit to Kecskemét with two SRIPs.", "owner": "SRIP Smart Factories", "deadline": "2027-05-31", "follow_up": None}]},
        ],
        "consolidation_note": "Three financing criteria were agreed one level lower after the reviewers' comments on gaps between calls.",
    },
    {
        "region": "HU33", "name": "Dél-Alföld", "period": 2,
        "organisation": "tisza-maros-innovation-centre", "team": "bence", "coordinator": "maja",
        "status": "published", "disclosure": "members", "experienced": True,
        "current": {"WG1": 3, "WG2": 3, "WG3": 3, "WG4": 3, "WG5": 3, "WG6": 4},
        "change": {"WG1": 1, "WG2": 1, "WG3": 0, "WG4": 0, "WG5": 0, "WG6": 1},
        "reach": {"WG1": 1, "WG2": 1, "WG3": 1, "WG4": 1, "WG5": 1, "WG6": 1},
        "bias": {},
        "summary": (
            "Dél-Alföld's strength is skills: dual training in Kecskemét grew with the automotive "
            "investors, and the universities of Szeged work with the region's clusters. Geothermal "
            "district heating in Szeged is a sustainability flagship. Cluster funding depends on "
            "national calls, and the region wants a steadier regional role."
        ),
        "swot": {
            "WG6": ("Dual training with the automotive and food processing firms of Kecskemét.",
                    "Small firms of the clusters host few apprentices.",
                    "University-industry cooperation centres funded nationally.",
                    "Shortage of skilled workers as young people move to Budapest."),
            "WG2": ("Geothermal district heating in Szeged.",
                    "No environmental indicators in the cluster calls.",
                    "Energy communities in the agri-food cluster.",
                    "Drought and rising water costs for agriculture."),
        },
        "reviewers": [
            {"user": "gregor", "answer": "accept", "text": "", "submitted": True},
            {"user": "giulia", "answer": "accept", "text": "", "submitted": True},
        ],
        "comments": [
            {"by": "giulia", "criterion": "WG6.3",
             "body": "Could the team add the number of apprentices hosted by cluster members, not only by the large investors?",
             "reply": None},
        ],
        "recommendations": [
            {"by": "gregor", "area": "WG2", "criterion": "WG2.1",
             "text": "Score environmental impact in the next cluster call, starting with a small weight.",
             "response": "accepted", "reason": "",
             "actions": [{"action": "Add an environmental criterion to the county cluster call.", "owner": "Tisza-Maros Innovation Centre", "deadline": "2027-09-30", "follow_up": None}]},
        ],
        "consolidation_note": "Peer and self scores agreed closely; no divergence needed a decision.",
    },
    {
        "region": "EL52", "name": "Kentriki Makedonia", "period": 2,
        "organisation": "axios-innovation-agency", "team": "eleni", "coordinator": "reka",
        "status": "published", "disclosure": "members", "experienced": True,
        "current": {"WG1": 3, "WG2": 2, "WG3": 3, "WG4": 2, "WG5": 4, "WG6": 3},
        "change": {"WG1": 1, "WG2": 0, "WG3": 1, "WG4": 0, "WG5": 2, "WG6": 0},
        "reach": {"WG1": 1, "WG2": 2, "WG3": 1, "WG4": 2, "WG5": 1, "WG6": 1},
        "bias": {"WG4": -1},
        "summary": (
            "Central Macedonia's smart specialisation strategy is its strongest tool: the "
            "entrepreneurial discovery process in agri-food, materials and ICT was run with the "
            "clusters of Thessaloniki. Financing is the weak side: clusters live on project grants "
            "and the development law's cooperation schemes, with long gaps between calls."
        ),
        "swot": {
            "WG5": ("A lively entrepreneurial discovery process with the clusters.",
                    "Monitoring of the strategy counts spending, not results.",
                    "The new period's strategy can give clusters a formal role.",
                    "Staff turnover in the regional managing authority."),
            "WG4": ("Cooperation schemes of the development law.",
                    "No dedicated cluster budget; long gaps between calls.",
                    "Equifund and the new Hellenic Development Bank instruments.",
                    "Private co-financing remains weak after the crisis years."),
        },
        "reviewers": [
            {"user": "eva", "answer": "decline", "text": "I am away on leave for most of the review period."},
            {"user": "francesca", "answer": "accept", "text": "", "submitted": True},
            {"user": "petra", "answer": "accept", "text": "", "submitted": True},
        ],
        "comments": [
            {"by": "francesca", "criterion": "WG4.1",
             "body": "Is there any budget line named for clusters in the regional programme 2021–2027?",
             "reply": {"by": "eleni", "body": "No: clusters apply to the general business calls and to the development law's cooperation schemes."}},
            {"by": "petra", "criterion": "WG5.5",
             "body": "The monitoring report seems to count spending only; could you share the indicator list?",
             "reply": None},
        ],
        "recommendations": [
            {"by": "francesca", "area": "WG4", "criterion": "WG4.1",
             "text": "Open a dedicated cluster line in the regional programme, even a small one, so that clusters can plan.",
             "response": "partly", "reason": "The programme cannot be amended before the mid-term review; a ring-fenced share of the next call is possible.",
             "actions": [{"action": "Ring-fence a share of the 2027 business call for cluster-led projects.", "owner": "Managing authority of Central Macedonia", "deadline": "2027-04-30", "follow_up": None}]},
            {"by": "petra", "area": "WG5", "criterion": "WG5.5",
             "text": "Add result indicators per cluster to the strategy's monitoring.",
             "response": "accepted", "reason": "",
             "actions": [{"action": "Define five result indicators with the clusters.", "owner": "Axios Innovation Agency", "deadline": "2027-02-28",
                          "follow_up": ("done", "Five indicators were agreed in January and added to the monitoring plan.")}]},
        ],
        "consolidation_note": "The funding criteria were agreed at the reviewers' lower levels; the team accepted that no line is dedicated to clusters.",
    },
    {
        "region": "RO21", "name": "Nord-Est", "period": 2,
        "organisation": "nord-est-cluster-agency", "team": "raluca", "coordinator": "nikolaos",
        "status": "published", "disclosure": "public", "experienced": False,
        "current": {"WG1": 3, "WG2": 2, "WG3": 3, "WG4": 2, "WG5": 3, "WG6": 2},
        "change": {"WG1": 1, "WG2": 1, "WG3": 1, "WG4": 1, "WG5": 2, "WG6": 1},
        "reach": {"WG1": 1, "WG2": 2, "WG3": 1, "WG4": 2, "WG5": 1, "WG6": 2},
        "bias": {"WG1": -1},
        "no_data": {"past": ["WG2.5", "WG6.6"]},
        "summary": (
            "Nord-Est has come a long way since the first cluster calls of 2007–2013: its smart "
            "specialisation strategy was built with an entrepreneurial discovery process that "
            "involved the textile, wood, agri-food and ICT clusters, and an innovation voucher "
            "scheme now reaches small firms. Financing and skills remain the largest gaps."
        ),
        "swot": {
            "WG5": ("Discovery workshops with the clusters in Iași, Suceava and Bacău.",
                    "Few staff to keep the process going between calls.",
                    "The regional programme 2021–2027 funds the strategy's priorities.",
                    "Delays in the national approval of calls."),
            "WG4": ("An innovation voucher scheme run by the agency.",
                    "Clusters depend on one call per programming period.",
                    "Financial instruments of the regional programme.",
                    "Cluster organisations may close between calls."),
        },
        "reviewers": [
            {"user": "gregor", "answer": "accept", "text": "", "submitted": True},
            {"user": "katalin", "answer": "accept", "text": "", "submitted": True},
        ],
        "comments": [
            {"by": "gregor", "criterion": "WG1.2",
             "body": "How many vouchers were paid in 2025, and to how many cluster members?",
             "reply": {"by": "raluca", "body": "84 vouchers, 31 of them to members of the four clusters."}},
        ],
        "recommendations": [
            {"by": "katalin", "area": "WG4", "criterion": "WG4.4",
             "text": "Keep cluster organisations alive between calls with a small multi-annual operating grant.",
             "response": "accepted", "reason": "",
             "actions": [{"action": "Ask the regional programme for a multi-annual operating grant for accredited clusters.", "owner": "Nord-Est Regional Cluster Agency", "deadline": "2027-03-31",
                          "follow_up": ("in_progress", "The request was sent; the monitoring committee discusses it in March.")}]},
            {"by": "gregor", "area": "WG6", "criterion": "WG6.1",
             "text": "Run a skills survey with the four clusters before the next call for vocational training.",
             "response": "accepted", "reason": "",
             "actions": [{"action": "Skills survey of the textile, wood, agri-food and ICT clusters.", "owner": "Nord-Est Regional Cluster Agency", "deadline": "2027-01-31",
                          "follow_up": ("done", "The survey reached 212 firms; results were presented to the county school inspectorates.")}]},
            {"by": "nikolaos", "area": "WG1", "criterion": "",
             "text": "Link the voucher scheme with the universities' transfer offices so that vouchers buy their services.",
             "response": "rejected", "reason": "The voucher rules of the national scheme do not allow it before 2028.", "actions": []},
        ],
        "consolidation_note": "Three innovation criteria were agreed one level lower, as the reviewers found the voucher scheme still small.",
    },
    {
        "region": "RO42", "name": "Vest", "period": 2,
        "organisation": "banat-regional-economics-institute", "team": "adriana", "coordinator": "tomas",
        "status": "published", "disclosure": "members", "experienced": False,
        "current": {"WG1": 4, "WG2": 2, "WG3": 3, "WG4": 2, "WG5": 3, "WG6": 3},
        "change": {"WG1": 1, "WG2": 1, "WG3": 1, "WG4": 1, "WG5": 1, "WG6": 1},
        "reach": {"WG1": 1, "WG2": 2, "WG3": 1, "WG4": 2, "WG5": 1, "WG6": 1},
        "bias": {"WG1": -2},
        "summary": (
            "The Vest region grew fast with automotive and ICT investors in Timișoara and Arad; the "
            "self-assessment sees cluster innovation as a strength. The reviewers found the "
            "innovation scores too high for what the instruments deliver, and the consolidation "
            "agreed lower levels there. Financing and sustainability are the main gaps."
        ),
        "swot": {
            "WG1": ("Universities in Timișoara with strong engineering faculties.",
                    "Joint R&D depends on a few large investors.",
                    "The regional innovation programme's calls for collaborative projects.",
                    "Investors may move R&D elsewhere."),
            "WG6": ("Dual vocational schools with the automotive suppliers.",
                    "Shortage of ICT specialists.",
                    "Skills forecasts with the ICT cluster.",
                    "Wage competition with Western Europe."),
        },
        "reviewers": [
            {"user": "alessandro", "answer": "accept", "text": "", "submitted": True},
            {"user": "eva", "answer": "accept", "text": "My agency and the institute were partners in an Interreg project until 2023.", "submitted": True},
        ],
        "comments": [
            {"by": "alessandro", "criterion": "WG1.1",
             "body": "Level 5 needs regular calls; we found one call, in 2023. Could the team explain?",
             "reply": {"by": "adriana", "body": "Fair point: the call is annual in the plan but only opened once so far."}},
            {"by": "eva", "criterion": "WG1.4",
             "body": "None of the region's clusters holds an ECEI label; which evidence supports level 4?",
             "reply": None},
        ],
        "recommendations": [
            {"by": "alessandro", "area": "WG1", "criterion": "WG1.1",
             "text": "Open the collaborative R&D call every year, as the plan says, and let the clusters propose topics.",
             "response": "accepted", "reason": "",
             "actions": [{"action": "Yearly call calendar agreed with the managing authority.", "owner": "ADR Vest", "deadline": "2027-02-28", "follow_up": None}]},
            {"by": "eva", "area": "WG4", "criterion": "WG4.3",
             "text": "Introduce membership fees scaled by firm size to raise private co-financing.",
             "response": "rejected", "reason": "Cluster members are mostly micro firms; fees would drive them away now.", "actions": []},
        ],
        "consolidation_note": "The innovation criteria diverged by two levels; the consolidation agreed the reviewers' levels where the evidence showed one call only.",
    },
    {
        "region": "AL02", "name": "Qendër", "period": 2,
        "organisation": "al-enterprise-cluster-agency", "team": "arben", "coordinator": "tomas",
        "status": "published", "disclosure": "members", "experienced": False,
        "current": {"WG1": 2, "WG2": 1, "WG3": 2, "WG4": 1, "WG5": 2, "WG6": 2},
        "change": {"WG1": 1, "WG2": 0, "WG3": 1, "WG4": 0, "WG5": 1, "WG6": 0},
        "reach": {"WG1": 2, "WG2": 2, "WG3": 2, "WG4": 3, "WG5": 2, "WG6": 2},
        "bias": {"WG3": 1},
        "no_data": {"past": ["WG2.2", "WG2.3", "WG2.4", "WG2.5", "WG2.6", "WG5.5", "WG6.6"], "current": ["WG4.3"]},
        "not_applicable": {"WG4.5": "Albania is not a member state: cohesion funds do not reach its clusters; pre-accession aid is scored under WG4.1."},
        "summary": (
            "Central Albania's clusters are young: the competitiveness fund of AIDA and the start-up "
            "law of 2022 are the main instruments, and no budget line is dedicated to clusters. "
            "The largest gaps are in financing (WG4), where the team sets ambitious targets for "
            "the accession period; there are no data yet on private co-financing."
        ),
        "swot": {
            "WG4": ("AIDA's competitiveness and innovation funds.",
                    "No cluster line, small grants and no multi-annual commitment.",
                    "Pre-accession funds and the Growth Plan's reform facility.",
                    "Cluster organisations may close when donor projects end."),
            "WG3": ("Diaspora networks in Italy and Greece.",
                    "Little participation in EU programmes.",
                    "Association to Horizon Europe and the single market programme.",
                    "Competition from neighbouring regions for the same investors."),
        },
        "reviewers": [
            {"user": "sofia", "answer": "accept", "text": "", "submitted": True},
            {"user": "giulia", "answer": "accept", "text": "I took part as a lecturer in a training for Albanian cluster managers in 2023.", "submitted": True},
        ],
        "comments": [
            {"by": "sofia", "criterion": "WG4.3",
             "body": "Even a rough share of members' fees in cluster budgets would help the benchmark; is one available?",
             "reply": {"by": "arben", "body": "Not yet; we asked the three clusters for their 2025 accounts."}},
            {"by": "giulia", "criterion": "WG3.5",
             "body": "The team scored itself low on EU projects, but we counted four Interreg projects with Albanian clusters.",
             "reply": None},
        ],
        "recommendations": [
            {"by": "sofia", "area": "WG4", "criterion": "WG4.1",
             "text": "Create a small, regular cluster line in AIDA's budget before seeking larger pre-accession funds.",
             "response": "accepted", "reason": "",
             "actions": [{"action": "Draft a cluster support line for the 2027 AIDA budget.", "owner": "Ministry of Economy, Culture and Innovation", "deadline": "2027-06-30", "follow_up": None},
                         {"action": "Collect cluster budgets and fees of 2025 as a baseline for private co-financing.", "owner": "Albanian Enterprise Cluster Agency", "deadline": "2027-01-31",
                          "follow_up": ("in_progress", "Two of three clusters sent their accounts.")}]},
            {"by": "giulia", "area": "WG3", "criterion": "WG3.5",
             "text": "Count EU project participation of clusters: the region does better than it thinks.",
             "response": "accepted", "reason": "", "actions": []},
        ],
        "consolidation_note": "International cooperation was agreed one level higher than the self scores, as the reviewers found more EU projects than the team had counted.",
    },
    {
        "region": "RS12", "name": "Region Vojvodine", "period": 2,
        "organisation": "pannonian-innovation-centre", "team": "dragana", "coordinator": "nikolaos",
        "status": "in_review", "disclosure": "members", "experienced": False,
        "current": {"WG1": 3, "WG2": 2, "WG3": 3, "WG4": 2, "WG5": 2, "WG6": 3},
        "change": {"WG1": 1, "WG2": 0, "WG3": 1, "WG4": 0, "WG5": 1, "WG6": 1},
        "reach": {"WG1": 1, "WG2": 2, "WG3": 1, "WG4": 2, "WG5": 2, "WG6": 1},
        "bias": {"WG5": -1},
        "summary": (
            "Vojvodina's ICT cluster in Novi Sad and the science and technology park are the "
            "region's flagships; the national cluster programme funds cluster organisations with "
            "small yearly grants. The team wants the smart specialisation strategy to give the "
            "region's clusters a clearer role."
        ),
        "reviewers": [
            {"user": "bence", "answer": "accept", "text": "", "submitted": False, "areas": ["WG1", "WG2", "WG3"]},
            {"user": "petra", "answer": None},
        ],
        "comments": [
            {"by": "bence", "criterion": "WG1.3",
             "body": "Are the science park's laboratories open to firms outside the park, and at which prices?", "reply": None},
        ],
        "recommendations": [],
    },
    {
        "region": "HR03", "name": "Jadranska Hrvatska", "period": 2,
        "organisation": "velebit-rda", "team": "ivana", "coordinator": "maja",
        "status": "in_review", "disclosure": "members", "experienced": False,
        "current": {"WG1": 2, "WG2": 3, "WG3": 3, "WG4": 2, "WG5": 3, "WG6": 2},
        "change": {"WG1": 0, "WG2": 1, "WG3": 1, "WG4": 0, "WG5": 1, "WG6": 0},
        "reach": {"WG1": 2, "WG2": 1, "WG3": 1, "WG4": 2, "WG5": 1, "WG6": 2},
        "bias": {},
        "summary": (
            "Adriatic Croatia's clusters are strongest in tourism, wood and the blue economy; "
            "sustainability (WG2) leads because of the coastal counties' energy and waste "
            "projects. The competitiveness clusters of 2012–2016 left few lasting structures, "
            "and the team's targets aim at stable financing and skills."
        ),
        "reviewers": [
            {"user": "francesca", "answer": "accept", "text": "", "submitted": False, "areas": ["WG1", "WG2", "WG4"]},
            {"user": "gregor", "answer": None},
        ],
        "comments": [
            {"by": "francesca", "criterion": "WG4.4",
             "body": "What happened to the competitiveness clusters' secretariats after 2016?", "reply": None},
            {"by": "francesca", "criterion": "WG2.3",
             "body": "Strong score; could the team attach the islands' energy project reports?",
             "reply": {"by": "ivana", "body": "Added the Cres-Lošinj report as evidence."}},
        ],
        "recommendations": [],
    },
    {
        "region": "BG42", "name": "Yuzhen tsentralen", "period": 2,
        "organisation": "maritsa-rda", "team": "georgi", "coordinator": "reka",
        "status": "submitted", "disclosure": "members", "experienced": False,
        "current": {"WG1": 2, "WG2": 2, "WG3": 2, "WG4": 2, "WG5": 3, "WG6": 2},
        "change": {"WG1": 1, "WG2": 0, "WG3": 0, "WG4": 1, "WG5": 1, "WG6": 0},
        "reach": {"WG1": 2, "WG2": 1, "WG3": 2, "WG4": 2, "WG5": 1, "WG6": 2},
        "bias": {},
        "summary": (
            "The South Central region around Plovdiv has a growing ICT and mechatronics base and "
            "the Trakia economic zone. Cluster support came from the national competitiveness "
            "programme; the team sets targets on collaborative R&D, internationalisation and "
            "financing."
        ),
        "reviewers": [],
        "comments": [],
        "recommendations": [],
    },
    {
        "region": "MK00", "name": "Severna Makedonija", "period": 2,
        "organisation": "mk-competitiveness-office", "team": "aleksandar", "coordinator": "tomas",
        "status": "draft", "disclosure": "members", "experienced": False,
        "current": {"WG1": 2, "WG2": 1, "WG3": 2, "WG4": 1, "WG5": 2, "WG6": 2},
        "change": {"WG1": 1, "WG2": 0, "WG3": 1, "WG4": 0, "WG5": 0, "WG6": 0},
        "reach": {"WG1": 2, "WG2": 2, "WG3": 2, "WG4": 3, "WG5": 2, "WG6": 2},
        "bias": {},
        "not_applicable": {"WG4.5": "North Macedonia is not a member state: cohesion funds do not reach its clusters."},
        # A draft in progress: the team has scored four areas so far.
        "areas": ["WG1", "WG2", "WG3", "WG4"],
        "summary": (
            "A national assessment: North Macedonia is one NUTS 2 region. The team has started "
            "with innovation, sustainability, international cooperation and financing; the fund "
            "for innovation and technology development is the main instrument."
        ),
        "reviewers": [],
        "comments": [],
        "recommendations": [],
    },
    {
        "region": "SK04", "name": "Východné Slovensko", "period": 2,
        "organisation": "hornad-digital-cluster", "team": "zuzana", "coordinator": "reka",
        "status": "draft", "disclosure": "members", "experienced": False,
        "returned": "Please add evidence for the current financing levels and explain the level-5 targets in skills; then submit again.",
        "current": {"WG1": 3, "WG2": 2, "WG3": 3, "WG4": 2, "WG5": 3, "WG6": 3},
        "change": {"WG1": 1, "WG2": 0, "WG3": 1, "WG4": 0, "WG5": 1, "WG6": 1},
        "reach": {"WG1": 1, "WG2": 1, "WG3": 1, "WG4": 1, "WG5": 1, "WG6": 2},
        "bias": {},
        "summary": (
            "Eastern Slovakia's Košice IT Valley shows what a cluster can do for a region's jobs; "
            "public cluster support is national and irregular. The assessment was sent back for "
            "more evidence on financing."
        ),
        "reviewers": [],
        "comments": [],
        "recommendations": [],
    },
]
