import PTCEModel

extension PageText {
    /// The words of the fill-in form (`/remplir`): headings, labels (`field.<name>`), hints
    /// (`hint.<name>`), choices (`option.<set>.<value>`).
    static let fillEntries: [String: Localized] = fillPage.merging(fieldLabels) { first, _ in first }
        .merging(fieldHints) { first, _ in first }.merging(optionLabels) { first, _ in first }

    private static let fillPage: [String: Localized] = [
        "navFill": Localized(fr: "Remplir un dossier", en: "Fill in an application"),
        "fillTitle": Localized(fr: "Remplir mon dossier de candidature", en: "Fill in my application"),
        "fillIntro": Localized(
            fr:
                "Remplissez le dossier à votre rythme : le verdict se met à jour à côté du formulaire, avec ce qui manque encore. Le brouillon reste dans ce navigateur (jamais sur le serveur). Téléchargez le fichier XML quand vous avez fini.",
            en:
                "Fill in the application at your own pace: the verdict beside the form updates as you go, with what is still missing. The draft stays in this browser (never on the server). Download the XML file when you are done."
        ),
        "section.identity": Localized(fr: "Le dossier", en: "The application"),
        "section.carrier": Localized(fr: "La structure porteuse", en: "The carrier"),
        "section.members": Localized(fr: "Les membres", en: "The members"),
        "section.territory": Localized(fr: "Le territoire", en: "The territory"),
        "section.strategy": Localized(fr: "Stratégie et moyens mutualisés", en: "Strategy and pooled means"),
        "section.innovation": Localized(fr: "Innovation", en: "Innovation"),
        "section.projects": Localized(fr: "Projets et emplois", en: "Projects and jobs"),
        "section.budget": Localized(fr: "Budget sur trois ans", en: "Three-year budget"),
        "section.governance": Localized(fr: "Gouvernance", en: "Governance"),
        "section.previous": Localized(fr: "Soutien antérieur de l’État", en: "Previous State support"),
        "section.attachments": Localized(fr: "Pièces jointes", en: "Attachments"),
        "row.member": Localized(fr: "Membre", en: "Member"),
        "row.action": Localized(fr: "Action", en: "Action"),
        "row.project": Localized(fr: "Projet", en: "Project"),
        "row.year": Localized(fr: "Année", en: "Year"),
        "row.resource": Localized(fr: "Ressource", en: "Resource"),
        "row.body": Localized(fr: "Instance", en: "Body"),
        "row.attachment": Localized(fr: "Pièce", en: "Attachment"),
        "add.member": Localized(fr: "Ajouter un membre", en: "Add a member"),
        "add.action": Localized(fr: "Ajouter une action", en: "Add an action"),
        "add.project": Localized(fr: "Ajouter un projet", en: "Add a project"),
        "add.resource": Localized(fr: "Ajouter une ressource", en: "Add a resource"),
        "add.body": Localized(fr: "Ajouter une instance", en: "Add a body"),
        "add.attachment": Localized(fr: "Ajouter une pièce", en: "Add an attachment"),
        "moveUp": Localized(fr: "Monter", en: "Move up"),
        "moveDown": Localized(fr: "Descendre", en: "Move down"),
        "remove": Localized(fr: "Retirer", en: "Remove"),
        "notSaid": Localized(fr: "— non renseigné —", en: "— not stated —"),
        "yes": Localized(fr: "oui", en: "yes"),
        "no": Localized(fr: "non", en: "no"),
        "check": Localized(fr: "Vérifier", en: "Check"),
        "downloadXML": Localized(fr: "Télécharger le dossier (XML)", en: "Download the application (XML)"),
        "loadLabel": Localized(fr: "Reprendre un fichier XML", en: "Continue from an XML file"),
        "loadButton": Localized(fr: "Charger dans le formulaire", en: "Load into the form"),
        "loadNoFile": Localized(fr: "Choisissez d’abord un fichier XML.", en: "Choose an XML file first."),
        "clearAll": Localized(fr: "Tout effacer", en: "Erase everything"),
        "clearConfirm": Localized(
            fr: "Effacer tout le formulaire et le brouillon de ce navigateur ?",
            en: "Erase the whole form and this browser's draft?"),
        "liveTitle": Localized(fr: "Verdict en direct", en: "Live verdict"),
        "provisional": Localized(
            fr: "Provisoire : des champs sont à corriger avant que le fichier soit valide.",
            en: "Provisional: some fields must be fixed before the file is valid."),
        "stillMissing": Localized(fr: "Ce qui manque encore", en: "What is still missing"),
        "nothingMissing": Localized(fr: "Rien : chaque critère est décidé.", en: "Nothing: every criterion is decided."),
        "moreMissing": Localized(fr: "autres questions ensuite", en: "more questions after these"),
        "decides": Localized(fr: "décide", en: "decides"),
        "criteriaCount": Localized(fr: "critère(s)", en: "criterion(s)"),
        "fieldErrors": Localized(fr: "Champs à corriger", en: "Fields to fix"),
        "fileProblems": Localized(fr: "Le fichier serait refusé", en: "The file would be refused"),
        "downloadBlocked": Localized(
            fr: "Le dossier ne peut pas encore être téléchargé : corrigez les champs signalés.",
            en: "The application cannot be downloaded yet: fix the fields marked."),
        "loadedFrom": Localized(fr: "Fichier chargé", en: "File loaded"),
        "totalsLabel": Localized(fr: "Ressources", en: "Resources"),
        "balance": Localized(fr: "Écart avec les coûts", en: "Difference from costs"),
        "balanced": Localized(fr: "à l’équilibre", en: "balanced"),
        "resourcesOf": Localized(fr: "Ressources de l’année", en: "Resources of year"),
        "yearTotal": Localized(fr: "Total", en: "Total"),
        "article1": Localized(
            fr:
                "Une société commerciale est de l’ESS si elle remplit les cinq conditions de l’article 1 de la loi du 31 juillet 2014 (ou si elle a l’agrément ESUS ou l’immatriculation ESS) : un but autre que le seul partage des bénéfices, une gouvernance démocratique, des bénéfices surtout réinvestis dans l’activité, des réserves impartageables, et la recherche d’une utilité sociale.",
            en:
                "A commercial company is ESS when it meets the five conditions of article 1 of the law of 31 July 2014 (or holds the ESUS approval or the ESS registration): an aim other than sharing profits, democratic governance, profits mostly reinvested in the activity, undistributable reserves, and the pursuit of social utility."
        ),
    ]

    private static let fieldLabels: [String: Localized] = [
        "field.call": Localized(fr: "Appel à projets", en: "Call for projects"),
        "field.name": Localized(fr: "Nom du PTCE", en: "Name of the PTCE"),
        "field.submittedAt": Localized(fr: "Date et heure de dépôt", en: "Submission date and time"),
        "field.stage": Localized(fr: "Stade du projet", en: "Stage of the project"),
        "field.summary": Localized(fr: "Présentation du projet", en: "Summary of the project"),
        "field.requestedAmount": Localized(fr: "Montant demandé (€)", en: "Amount requested (€)"),
        "field.publicRole": Localized(fr: "Rôle des acteurs publics", en: "Role of the public actors"),
        "field.carrier.name": Localized(fr: "Nom de la structure porteuse", en: "Name of the carrier"),
        "field.carrier.legalForm": Localized(fr: "Forme juridique", en: "Legal form"),
        "field.carrier.siren": Localized(fr: "SIREN", en: "SIREN"),
        "field.carrier.privateLaw": Localized(fr: "Personne morale de droit privé", en: "Private-law legal person"),
        "field.carrier.created": Localized(fr: "Année de création", en: "Year of creation"),
        "field.carrier.member": Localized(fr: "Identifiant du membre qu’elle est", en: "Id of the member it is"),
        "field.carrier.ownLegalPerson": Localized(
            fr: "Personne morale propre du PTCE, créée pour lui", en: "The PTCE's own legal person, created for it"),
        "field.member.id": Localized(fr: "Identifiant", en: "Id"),
        "field.member.name": Localized(fr: "Nom", en: "Name"),
        "field.member.person": Localized(fr: "Personne", en: "Person"),
        "field.member.legalForm": Localized(fr: "Forme juridique", en: "Legal form"),
        "field.member.category": Localized(fr: "Place dans le pôle (article 9)", en: "Place in the cluster (article 9)"),
        "field.member.siren": Localized(fr: "SIREN", en: "SIREN"),
        "field.member.siret": Localized(fr: "SIRET", en: "SIRET"),
        "field.member.essBasis": Localized(fr: "Qualité ESS", en: "ESS quality"),
        "field.member.limitedProfit": Localized(
            fr: "But autre que le seul partage des bénéfices", en: "An aim other than sharing profits"),
        "field.member.democraticGovernance": Localized(fr: "Gouvernance démocratique", en: "Democratic governance"),
        "field.member.profitsMostlyReinvested": Localized(
            fr: "Bénéfices surtout réinvestis dans l’activité", en: "Profits mostly reinvested in the activity"),
        "field.member.undistributableReserves": Localized(fr: "Réserves impartageables", en: "Undistributable reserves"),
        "field.member.socialUtility": Localized(fr: "Recherche d’une utilité sociale", en: "Pursuit of social utility"),
        "field.member.esusApproval": Localized(fr: "Agrément ESUS", en: "ESUS approval"),
        "field.member.essRegistration": Localized(fr: "Immatriculation ESS", en: "ESS registration"),
        "field.member.groupingEss": Localized(
            fr: "Groupement : entreprises de l’ESS", en: "Grouping: ESS enterprises"),
        "field.member.groupingNonEss": Localized(
            fr: "Groupement : entreprises hors ESS", en: "Grouping: non-ESS enterprises"),
        "field.member.commune": Localized(fr: "Code INSEE de la commune", en: "INSEE commune code"),
        "field.member.role": Localized(fr: "Rôle dans le pôle", en: "Role in the cluster"),
        "field.member.college": Localized(fr: "Collège", en: "College"),
        "field.territory.name": Localized(fr: "Nom du territoire", en: "Name of the territory"),
        "field.territory.description": Localized(fr: "Description", en: "Description"),
        "field.territory.departements": Localized(fr: "Départements", en: "Départements"),
        "field.territory.epcis": Localized(fr: "EPCI (SIREN)", en: "EPCIs (SIREN)"),
        "field.territory.communes": Localized(fr: "Communes (codes INSEE)", en: "Communes (INSEE codes)"),
        "field.territory.qpv": Localized(
            fr: "Quartiers prioritaires de la ville (QPV)", en: "Priority urban neighbourhoods (QPV)"),
        "field.territory.zus": Localized(fr: "Zones urbaines sensibles (ZUS, 2013)", en: "Sensitive urban zones (ZUS, 2013)"),
        "field.territory.cucs": Localized(fr: "Quartiers CUCS (2013)", en: "CUCS neighbourhoods (2013)"),
        "field.territory.deindustrialised": Localized(fr: "Territoire désindustrialisé", en: "Deindustrialised territory"),
        "field.territory.ruralRevitalisation": Localized(
            fr: "Zone de revitalisation rurale", en: "Rural revitalisation zone"),
        "field.territory.decliningRural": Localized(fr: "Rural en déclin (2013)", en: "Declining rural area (2013)"),
        "field.territory.themes": Localized(fr: "Thèmes prioritaires (2015)", en: "Priority themes (2015)"),
        "field.territory.population": Localized(fr: "Population", en: "Population"),
        "field.strategy.summary": Localized(fr: "Stratégie commune", en: "Common strategy"),
        "field.action.kind": Localized(fr: "Nature", en: "Kind"),
        "field.action.title": Localized(fr: "Intitulé", en: "Title"),
        "field.action.description": Localized(fr: "Description", en: "Description"),
        "field.action.shares": Localized(fr: "Moyens mis en commun", en: "Means pooled"),
        "field.action.members": Localized(fr: "Membres engagés (identifiants)", en: "Members involved (ids)"),
        "field.innovation.social": Localized(fr: "Innovation sociale", en: "Social innovation"),
        "field.innovation.technological": Localized(fr: "Innovation technologique", en: "Technological innovation"),
        "field.innovation.description": Localized(fr: "En quoi le projet innove", en: "How the project innovates"),
        "field.project.title": Localized(fr: "Intitulé", en: "Title"),
        "field.project.activity": Localized(fr: "Activité", en: "Activity"),
        "field.project.fte": Localized(fr: "Emplois créés (ETP)", en: "Jobs created (FTE)"),
        "field.project.insertion": Localized(fr: "Emplois d’insertion", en: "Insertion jobs"),
        "field.project.newStructure": Localized(fr: "Nouvelle structure créée", en: "New structure created"),
        "field.year.calendarYear": Localized(fr: "Année civile", en: "Calendar year"),
        "field.year.costs": Localized(fr: "Coûts éligibles (€)", en: "Eligible costs (€)"),
        "field.resource.source": Localized(fr: "Origine", en: "Source"),
        "field.resource.amount": Localized(fr: "Montant (€)", en: "Amount (€)"),
        "field.resource.funderMember": Localized(fr: "Membre financeur (identifiant)", en: "Funding member (id)"),
        "field.resource.funder": Localized(fr: "Nom du financeur", en: "Funder's name"),
        "field.body.name": Localized(fr: "Nom de l’instance", en: "Name of the body"),
        "field.body.colleges": Localized(fr: "Collèges et sièges", en: "Colleges and seats"),
        "field.governance.deliberates": Localized(fr: "Qui délibère", en: "Who deliberates"),
        "field.previous.received": Localized(
            fr: "Déjà soutenu par un appel PTCE de l’État", en: "Already supported by a State PTCE call"),
        "field.previous.call": Localized(fr: "Appel (année)", en: "Call (year)"),
        "field.previous.amount": Localized(fr: "Montant reçu (€)", en: "Amount received (€)"),
        "field.attachment.kind": Localized(fr: "Nature", en: "Kind"),
        "field.attachment.title": Localized(fr: "Titre", en: "Title"),
        "field.attachment.file": Localized(fr: "Nom du fichier", en: "File name"),
        "field.attachment.from": Localized(fr: "Fournie par le membre (identifiant)", en: "From the member (id)"),
    ]

    private static let fieldHints: [String: Localized] = [
        "hint.submittedAt": Localized(
            fr: "Date, heure et fuseau : 2015-06-26T16:42:00+02:00", en: "Date, time and zone: 2015-06-26T16:42:00+02:00"),
        "hint.requestedAmount": Localized(
            fr: "Égal au total des lignes « cet appel » du budget", en: "Equal to the budget's “this call” lines"),
        "hint.carrier.member": Localized(
            fr: "Si la structure porteuse est aussi l’un des membres ci-dessous",
            en: "If the carrier is also one of the members below"),
        "hint.member.id": Localized(fr: "Court et unique : m1, m2…", en: "Short and unique: m1, m2…"),
        "hint.member.siren": Localized(fr: "9 chiffres ; la clé est vérifiée", en: "9 digits; the check digit is verified"),
        "hint.member.essBasis": Localized(
            fr:
                "Association, coopérative, mutuelle, fondation : de l’ESS par statut. Une société commerciale : par les conditions ci-dessous.",
            en: "Association, cooperative, mutual, foundation: ESS by status. A commercial company: by the conditions below."),
        "hint.member.limitedProfit": Localized(
            fr: "Le but n’est pas seulement de partager les bénéfices", en: "The aim is not only to share the profits"),
        "hint.member.democraticGovernance": Localized(
            fr: "Associés, salariés et parties prenantes participent aux décisions, sans dépendre du seul capital détenu",
            en: "Partners, employees and stakeholders take part in decisions, not only by the capital they hold"),
        "hint.member.profitsMostlyReinvested": Localized(
            fr: "La majorité des bénéfices sert à maintenir ou développer l’activité",
            en: "Most of the profits go to maintaining or developing the activity"),
        "hint.member.undistributableReserves": Localized(
            fr: "Les réserves obligatoires ne peuvent pas être distribuées", en: "The compulsory reserves cannot be distributed"),
        "hint.member.socialUtility": Localized(
            fr: "Soutien à des personnes fragiles, lien social, développement durable…",
            en: "Support for vulnerable people, social ties, sustainable development…"),
        "hint.member.groupingEss": Localized(
            fr: "Seulement pour un groupement d’entreprises (GIE…)", en: "Only for a grouping of enterprises (GIE…)"),
        "hint.territory.departements": Localized(
            fr: "Codes séparés par des espaces : 42 69", en: "Codes separated by spaces: 42 69"),
        "hint.territory.communes": Localized(
            fr: "Codes séparés par des espaces : 42187 42218", en: "Codes separated by spaces: 42187 42218"),
        "hint.territory.qpv": Localized(fr: "Codes : QP042001", en: "Codes: QP042001"),
        "hint.action.members": Localized(fr: "Séparés par des espaces : m1 m2", en: "Separated by spaces: m1 m2"),
        "hint.resource.funderMember": Localized(
            fr: "Pour une collectivité membre : son identifiant", en: "For a member local authority: its id"),
        "hint.body.colleges": Localized(
            fr: "Une ligne par collège : Salariés = 4", en: "One line per college: Employees = 4"),
    ]

    private static let optionLabels: [String: Localized] = {
        var labels: [String: Localized] = [
            "option.call.2015": Localized(fr: "Appel 2015", en: "2015 call"),
            "option.call.2013": Localized(fr: "Appel 2013", en: "2013 call"),
            "option.stage.construction": Localized(fr: "en construction", en: "under construction"),
            "option.stage.consolidation": Localized(fr: "en consolidation", en: "consolidating"),
            "option.publicRole.marginal": Localized(fr: "marginal", en: "marginal"),
            "option.publicRole.facilitator": Localized(fr: "facilitateur du projet", en: "project facilitator"),
            "option.publicRole.delegator": Localized(fr: "délégateur d’un service public", en: "delegator of a public service"),
            "option.publicRole.holder": Localized(fr: "porteur du projet", en: "project holder"),
            "option.person.legal": Localized(fr: "personne morale", en: "legal person"),
            "option.person.natural": Localized(fr: "personne physique", en: "natural person"),
            "option.category.ess-enterprise": Localized(fr: "entreprise de l’ESS", en: "ESS enterprise"),
            "option.category.conventional-business": Localized(fr: "entreprise hors ESS", en: "non-ESS business"),
            "option.category.grouping-of-enterprises": Localized(fr: "groupement d’entreprises", en: "grouping of enterprises"),
            "option.category.local-authority": Localized(fr: "collectivité territoriale", en: "local authority"),
            "option.category.research-centre": Localized(fr: "centre de recherche", en: "research centre"),
            "option.category.higher-education": Localized(fr: "enseignement supérieur", en: "higher education"),
            "option.category.training-body": Localized(fr: "organisme de formation", en: "training body"),
            "option.category.other": Localized(fr: "autre personne", en: "other person"),
            "option.essBasis.status": Localized(fr: "par statut", en: "by status"),
            "option.essBasis.conditions": Localized(
                fr: "société remplissant les conditions de l’article 1", en: "company meeting the article-1 conditions"),
            "option.essBasis.social-enterprise": Localized(
                fr: "entreprise sociale autodéclarée (2013)", en: "self-declared social enterprise (2013)"),
            "option.essBasis.none": Localized(fr: "ne se déclare pas de l’ESS", en: "does not claim ESS"),
            "option.actionKind.pooling": Localized(fr: "mutualisation", en: "pooling"),
            "option.actionKind.cooperation": Localized(fr: "coopération", en: "cooperation"),
            "option.actionKind.partnership": Localized(fr: "partenariat", en: "partnership"),
            "option.actionKind.value-chain": Localized(fr: "filière", en: "value chain"),
            "option.share.shared-jobs": Localized(fr: "emplois partagés", en: "shared jobs"),
            "option.share.employer-grouping": Localized(fr: "groupement d’employeurs", en: "employer grouping"),
            "option.share.shared-premises": Localized(fr: "locaux partagés", en: "shared premises"),
            "option.share.group-purchasing": Localized(fr: "achats groupés", en: "group purchasing"),
            "option.share.hr-function": Localized(fr: "fonction RH", en: "HR function"),
            "option.share.equipment": Localized(fr: "équipements", en: "equipment"),
            "option.share.services": Localized(fr: "services", en: "services"),
            "option.theme.academic-support": Localized(fr: "accompagnement scolaire", en: "academic support"),
            "option.theme.youth-guidance": Localized(fr: "orientation des jeunes", en: "youth guidance"),
            "option.theme.short-circuits": Localized(fr: "circuits courts", en: "short supply chains"),
            "option.theme.organic-agriculture": Localized(fr: "agriculture biologique", en: "organic agriculture"),
            "option.attachmentKind.statutes": Localized(fr: "statuts", en: "statutes"),
            "option.attachmentKind.budget": Localized(fr: "budget", en: "budget"),
            "option.attachmentKind.support-letter": Localized(fr: "lettre de soutien", en: "support letter"),
            "option.attachmentKind.partnership-agreement": Localized(
                fr: "convention de partenariat", en: "partnership agreement"),
            "option.attachmentKind.other": Localized(fr: "autre", en: "other"),
        ]
        for source in ResourceSource.allCases { labels["option.source.\(source.rawValue)"] = source.label }
        for deliberator in Governance.Deliberator.allCases {
            labels["option.deliberator.\(deliberator.rawValue)"] = deliberator.label
        }
        for form in LegalForm.allCases { labels["option.legalForm.\(form.rawValue)"] = legalFormLabels[form] }
        return labels
    }()

    private static let legalFormLabels: [LegalForm: Localized] = [
        .association: Localized(fr: "association", en: "association"),
        .foundation: Localized(fr: "fondation", en: "foundation"),
        .mutual: Localized(fr: "mutuelle", en: "mutual"),
        .cooperative: Localized(fr: "coopérative", en: "cooperative"),
        .scop: Localized(fr: "SCOP", en: "SCOP (workers' cooperative)"),
        .scic: Localized(fr: "SCIC", en: "SCIC (collective-interest cooperative)"),
        .cae: Localized(fr: "CAE", en: "CAE (business and employment cooperative)"),
        .sa: Localized(fr: "SA", en: "SA (public limited company)"),
        .sas: Localized(fr: "SAS", en: "SAS (simplified joint-stock company)"),
        .sasu: Localized(fr: "SASU", en: "SASU (single-member SAS)"),
        .sarl: Localized(fr: "SARL", en: "SARL (limited liability company)"),
        .eurl: Localized(fr: "EURL", en: "EURL (single-member SARL)"),
        .snc: Localized(fr: "SNC", en: "SNC (general partnership)"),
        .sca: Localized(fr: "SCA", en: "SCA (partnership limited by shares)"),
        .gie: Localized(fr: "GIE", en: "GIE (economic interest grouping)"),
        .commune: Localized(fr: "commune", en: "commune"),
        .epci: Localized(fr: "EPCI (intercommunalité)", en: "EPCI (inter-municipal body)"),
        .departement: Localized(fr: "département", en: "département"),
        .region: Localized(fr: "région", en: "region"),
        .syndicatMixte: Localized(fr: "syndicat mixte", en: "syndicat mixte (joint authority)"),
        .publicEstablishment: Localized(fr: "établissement public", en: "public establishment"),
        .endowmentFund: Localized(fr: "fonds de dotation", en: "endowment fund"),
        .otherPrivate: Localized(fr: "autre personne morale de droit privé", en: "other private-law person"),
        .otherPublic: Localized(fr: "autre personne publique", en: "other public person"),
        .naturalPerson: Localized(fr: "personne physique", en: "natural person"),
    ]
}
