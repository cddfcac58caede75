#!/usr/bin/env python3
"""Writes N random registry records as CSV files matching Chancery's schema, for the search benchmark.

    generate_registry.py --records N --out DIR [--seed S] [--queries FILE] [--expected FILE]

Files (no header, columns in table order): reference_series.csv, reference_counters.csv, objects.csv,
object_acl.csv, records.csv. One `objects` row (kind 'record') and one `records` row per record, registered
in time order from 2017-01-01 to today (at the latest 2026-12-31): object ids are ULIDs of the registration
time (like ChanceryKit's ObjectID), and each series numbers its records 1, 2, 3... per year, rendered through
the series' template as ReferenceTemplate does. Empty fields are NULL (PostgreSQL's CSV COPY reads them so).

Text is English (about 60%) or French (about 40%), drawn from the built-in vocabulary below with a Zipf-like
word frequency: a few words are in most records of their language and most words are rare. Labels,
releasability, categories, units and access entries follow generate_objects.py (whose constants are used),
except that half the records belong to the registry's unit, IPS.

At the end it prints to stderr the vocabulary size and, for the query mix (Benchmarks/search_queries.txt by
default), the document frequency of each term and the number of records each query matches, untrimmed and
for the two principals of scripts/bench-search.sh (see QueryMix), so that benchmark figures can be read
against them; --expected writes these counts as JSON.
"""
import argparse
import csv
import datetime
import functools
import json
import os
import random
import re
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_objects import (BITS, CATEGORIES, GROUPS, MARKINGS, NATIONS, NATO_MASK,  # noqa: E402
                              ORGANISATIONS, UNITS)

# --------------------------------------------------------------------------------------------------------
# Vocabulary. Within each list, earlier words are more frequent (Zipf rank = position).

EN_FUNCTION = """
the of and to in for on with by from at as is are was be this that will has have not its their which under
after before between during within into about all any each also other such these those been were would
should may must can no more most than only both following further upon through over without against per
""".split()

EN_CONTENT = """
security logistics exercise meeting committee staff military defence operations support budget policy
planning request information headquarters command alliance council mission forces personnel training review
plan communication management annual national international cooperation capability requirements assessment
approval decision implementation coordination agreement procedure resources proposal draft update status
response allied member nations delegation secretariat office directorate division branch section centre
programme project system network infrastructure equipment maintenance transport deployment readiness crisis
situation threat risk intelligence analysis cyber air maritime land naval strategic operational tactical
joint combined multinational partnership framework guidance instruction directive order regulation standard
doctrine report minutes memorandum letter message note agenda summary annex enclosure reference attachment
classification release distribution registry archive record file copy receipt signature chairman director
deputy chief secretary officer commander representative adviser liaison expert group team working panel
board conference session briefing workshop seminar visit trip travel mission reports funding costs expenditure
contract procurement tender invoice payment accounts audit finance financial fiscal allocation appropriation
ceiling commitment estimate forecast savings reduction increase revision approved pending completed
recommended proposed requested agreed noted endorsed submitted received issued forwarded circulated
vacancy post recruitment selection candidate appointment promotion contract salary allowance leave
medical health hospital treatment evacuation casualty injury vaccination fitness examination
fuel ammunition stocks supply supplies convoy vehicles aircraft ships vessels port airfield railway road
storage depot warehouse inventory spare parts movement movements transit border crossing host nation
satellite radar sensor surveillance reconnaissance detection early warning missile defence shield
terrorism hybrid disinformation propaganda espionage sabotage incident breach vulnerability malware
encryption crypto key keys material accounting custodian courier pouch seal container safe vault
clearance vetting badge access control entry escort visitor perimeter guard patrol alarm camera
personnel records dossier grievance appeal tribunal disciplinary complaint investigation inquiry
legal counsel opinion law treaty convention protocol status forces jurisdiction claims liability
training course curriculum instructor students graduation certificate qualification simulation
doctrine lessons learned evaluation exercise scenario phase objectives injects observers umpires
deployment rotation relief reinforcement redeployment withdrawal presence posture deterrence
battlegroup brigade battalion regiment company squadron wing fleet task force component corps division
headquarters staff elements cell desk branch bureau agency authority
partner partners dialogue outreach cooperation mediterranean gulf initiative neighbourhood
climate energy resilience civil preparedness emergency disaster flood earthquake wildfire pandemic
communications information systems networks servers software hardware licences upgrade migration cloud
interoperability standardization agreements stanag publication publications edition amendment
terminology translation interpretation languages english french bilingual
""".split() + """
weekly monthly quarterly yearly biannual schedule timeline deadline milestone calendar dates period
january february march april may june july august september october november december
morning afternoon evening week month year years months weeks days day hours
first second third fourth fifth final interim preliminary initial revised consolidated updated
new current previous next last future past recent ongoing upcoming planned unplanned
high low medium major minor critical essential urgent routine priority immediate
general specific detailed brief short long full partial complete incomplete open closed
north south east west northern southern eastern western central regional local global
baltic black sea arctic atlantic balkans adriatic aegean iberian nordic alpine
kosovo iraq afghanistan ukraine georgia moldova bosnia serbia montenegro albania macedonia
brussels mons norfolk naples brunssum ramstein northwood izmir stavanger bydgoszcz oberammergau rome
belgium france germany netherlands italy spain portugal poland norway denmark canada
united states kingdom turkey greece romania bulgaria hungary czech slovakia slovenia croatia
estonia latvia lithuania finland sweden iceland luxembourg
army navy airforce marines gendarmerie police coastguard reserve reservists volunteers
officers soldiers sailors airmen civilians contractors consultants interns staffers
general admiral colonel major captain lieutenant sergeant ambassador minister envoy
decision sheet record decisions action actions items item points point issue issues topic topics
question questions answer answers comment comments remark remarks observation observations
recommendation recommendations conclusion conclusions finding findings result results outcome
proposal proposals option options alternative alternatives course courses approach approaches
requirement requirement capability capabilities gap gaps shortfall shortfalls target targets
level levels area areas field fields domain domains sector sectors zone zones region regions
process processes method methods tool tools technique techniques practice practices
policy policies rule rules principle principles criteria condition conditions term terms
role roles responsibility responsibilities task tasks duty duties function functions
structure structures organisation organisations establishment establishments manning
document documents paper papers text texts version versions page pages paragraph paragraphs
table tables figure figures chart charts map maps image images photograph photographs
letter letters memo memos cable cables signal signals telegram fax email emails
""".split() + """
account accountability acknowledgement acquisition activation activity adaptation addendum address adequacy
adjustment administration administrative admission adoption advance advantage advice advisory affairs
aggregation aid airlift airspace alert alignment allocation amendment analyst annexes anniversary
announcement anomaly application appraisal apprenticeship arbitration architecture armament armour
arrangement arrival article assembly assets assignment assistance assurance attendance attention
attribution authorisation availability award awareness backlog balance ballistic barracks baseline
beneficiary benchmark bid biological blockade bonus boundary breakdown bridging broadcast building bulletin
cadre campaign cancellation capacity cargo carrier catering category ceremony certification chain
challenge change channel charter checklist chemical circular citation claim clarification clause
closure coalition code cohesion collection collective combat command commitment commission compensation
competence competition compliance component composition comprehensive concept concern conduct confidence
configuration confirmation conflict consensus consent consequence consideration consolidation constraint
construction consultation consumption contact contingency continuity contribution conversion coordinator
correction correspondence council counterpart coverage credibility criterion culture custody customs
cycle damage data database debate debrief decommissioning dedication deficiency definition delay
delegate delivery demand demonstration departure dependency deposit description design destination
destruction detachment determination development deviation diagnosis difference dimension diplomacy
disarmament discharge disclosure discussion dismissal dispatch disposal dispute dissemination diversity
donation downgrade downgrading duration economy effectiveness efficiency election element eligibility
embargo embassy emphasis employment enforcement engagement engineering enhancement enlargement enquiry
enrolment entitlement environment equality equipment escalation establishment evacuation evidence
examination exception exchange execution exemption exit expansion expectation expiry explanation
explosive export exposure extension facility factor failure feasibility feedback fence finalisation
flexibility flight focus footprint formation formula fraud frequency frontier fulfilment garrison gender
governance grant guarantee guideline handover harmonisation hazard hearing heritage hierarchy holding
hostility housing identification identity impact impartiality import improvement incentive inclusion
income indicator induction industry inflation infringement infantry initiation innovation input
inspection installation institution insurance integration integrity intent interaction interest
interface interference intervention interview introduction invasion inventory investment invitation
isolation jamming judgement justification knowledge laboratory launch leadership lease legislation
lending liaison licence lifecycle limitation lineage liquidation listing litigation loan location
lodging loss loyalty machinery mandate manoeuvre manual margin marking mass measure mechanism mediation
membership memorial mentoring merger methodology migration mileage minimum misconduct mobilisation
mobility model modernisation modification monitoring morale motion motivation munitions negotiation
neutrality nomination notification objective obligation occupation offensive offset onboarding opinion
opportunity opposition optimisation ordnance orientation outline output outsourcing overhaul oversight
overtime ownership parachute parliament participation passport patent pay peacekeeping penalty pension
perception performance permission persistence petition pilot pipeline placement platform pledge pooling
population portfolio position possession precaution precedence prediction preference premises
preparation prerequisite presentation presidency prevention pricing privilege probation procedure
production productivity proficiency profile prohibition projection promotion proof proposition prosecution
protection provision provost proximity publicity purchase purpose qualification quantity quarantine quota
radiation ratification rationale reaction realignment reassignment rebuttal recall reconciliation
reconstruction recovery rectification redundancy referral refurbishment refusal registration
rehabilitation reimbursement rejection relocation remedy removal renewal rental reorganisation repair
repatriation replacement replenishment representation reputation rescue research reservation residence
resignation resolution restoration restriction restructuring retention retirement retraining
retrieval revenue reversal revocation reward rights safeguard safety sanction satisfaction scale
scholarship scope screening search secondment selection sensitivity separation sequence settlement
severance shelter shipment shortage signatory simplification skill solidarity solution sovereignty
specification sponsorship stability stabilisation staffing stakeholder statement statistics strategy
strength subcommittee submission subscription subsidy substitution succession sufficiency suggestion
suitability supervision supplement surplus survey suspension sustainability sustainment symposium
synchronisation tariff taxation teamwork technology telephone temperature tenancy tension termination
testimony testing theatre threshold tolerance tonnage tracking trade traffic transfer transformation
transition transparency transportation treasury trend trial trust tuition turnover uncertainty
undertaking uniform upkeep usage utilisation vaccination validation valuation variance vehicle
verification veteran veto victim violation visibility vulnerability waiver warfare warrant warranty
weapon weather welfare withdrawal witness workload workshop yield
""".split() + """
accurate active additional adequate administrative advanced aerial affected agreed airborne ambitious
amphibious appropriate armoured associated authorised automatic available aware basic bilateral broad
careful certain civilian classified clear collective commercial common comparable competent complex
comprehensive concerned confidential consistent constant contractual conventional corporate correct
costly covert credible cross crucial cultural defensive deliberate democratic dependent deployable
digital diplomatic direct distinct domestic dual durable dynamic economic effective efficient electronic
eligible emerging equal equivalent european exceptional excessive executive existing expeditionary
experienced external extraordinary fair familiar favourable federal flexible foreign formal forward
frequent functional fundamental generic geographic graduate gradual humanitarian identical illegal
important independent indirect individual industrial informal inherent innovative integrated intensive
interagency internal invalid irregular joint judicial key lateral lawful lethal liable limited logistic
mandatory manual marine mechanised mental mobile modern modest multilateral mutual narrow naval
necessary negative neutral nominal normal notable nuclear numerous obsolete offensive official optional
ordinary organisational outstanding overall parallel parliamentary particular peaceful permanent
physical political portable positive potential practical precise preventive primary principal prior
private probable professional prohibited prompt proper proportionate provisional public qualified
quick radical rapid rare reasonable reciprocal regular relevant reliable remote renewable representative
reserved residual respective responsible restricted reversible robust rotational rural scientific
secondary secret secure selective senior sensitive separate serious several significant similar simple
single social solid sovereign special stable standing statutory steady strict structural subordinate
substantial successful sufficient suitable superior supplementary supportive sustainable systematic
technical temporary territorial theoretical thorough timely total traditional transatlantic transparent
tripartite typical unclassified unified uniform unique universal unlawful unusual urban valid various
vertical viable visible vital voluntary vulnerable wide written
""".split() + """
accept achieve acknowledge adapt address adjust adopt advise affect allocate amend analyse announce
appoint approve arrange assess assign assist assume attach attend authorise avoid balance brief build
calculate cancel capture carry certify change check circulate clarify classify close collect combine
commence communicate compare compile complete comply conclude conduct confirm consider consolidate
consult contain continue contribute control convene coordinate correct cover create declare decline
decrease deduct defer define delay delegate deliver demonstrate deny deploy describe design destroy
detect determine develop direct discuss dispatch distribute document draft emphasise enable encourage
endorse ensure establish estimate evaluate examine exceed exchange execute expand expect explain extend
facilitate finalise focus follow forward generate grant guarantee handle highlight identify implement
improve include increase indicate inform initiate inspect install integrate intend introduce investigate
invite involve issue justify launch limit maintain manage measure mention monitor move negotiate
nominate notify observe obtain operate organise outline participate perform permit plan prepare present
prevent prioritise proceed process procure produce propose protect provide publish pursue raise reach
receive recommend reconsider record recover reduce refer register reinforce reject release remain
remind remove renew replace reply report represent request require reserve resolve respond restore
restrict resume retain return review revise schedule secure select send share sign specify strengthen
submit suggest supervise supply support suspend sustain terminate test track train transfer transmit
update upgrade validate verify withdraw
""".split() + """
sandbags generators tents blankets rations water purification bottled canteen kitchen laundry uniforms
boots helmets vests goggles gloves radios batteries antennas cables routers switches firewalls laptops
printers shredders scanners photocopiers projectors screens desks chairs cabinets lockers keys padlocks
forklifts trucks trailers tankers ambulances buses minibuses helicopters frigates destroyers submarines
corvettes minehunters tankers tugs barges cranes containers pallets crates parcels envelopes folders
binders stamps seals ink toner paper cardboard plastic metal steel concrete gravel asphalt timber
bridge tunnel runway hangar bunker shelter barrack dormitory canteen gymnasium chapel library museum
auditorium classroom laboratory clinic pharmacy dentist optician physiotherapy psychologist chaplain
interpreter translator archivist librarian registrar clerk typist receptionist driver mechanic
electrician plumber carpenter locksmith cook cleaner gardener porter caretaker watchman firefighter
paramedic nurse surgeon pharmacist dietician veterinarian engineer architect surveyor geologist
meteorologist oceanographer cartographer photographer journalist spokesperson historian economist
statistician accountant auditor lawyer notary judge prosecutor investigator inspector controller
""".split()

FR_FUNCTION = """
de la le les des du et à en pour sur par dans un une au aux est sont qui que avec ce cette ces son sa
ses leur leurs sous après avant entre pendant ainsi lors selon vers sans afin dont été être sera ont
ne pas plus tout tous toute toutes autre autres même chaque aussi notamment concernant relative relatif
""".split()

FR_CONTENT = """
sécurité logistique exercice réunion comité état-major militaire défense opérations soutien budget
politique planification demande information quartier général commandement alliance conseil mission
forces personnel formation examen plan communication gestion annuel national international coopération
capacité besoins évaluation approbation décision mise œuvre coordination accord procédure ressources
proposition projet situation réponse alliés membres pays délégation secrétariat bureau direction division
branche section centre programme système réseau infrastructure équipement entretien transport déploiement
disponibilité crise menace risque renseignement analyse cyberdéfense aérien maritime terrestre naval
stratégique opérationnel tactique interarmées multinational partenariat cadre orientation instruction
directive ordre règlement norme doctrine rapport procès-verbal mémorandum lettre message note ordre jour
résumé annexe pièce jointe référence classification diffusion enregistrement archives dossier copie
accusé réception signature président directeur adjoint chef secrétaire officier commandant représentant
conseiller liaison expert groupe équipe travail séance conférence session exposé atelier séminaire visite
déplacement voyage financement coûts dépenses contrat marché appel offres facture paiement comptes audit
finances financier budgétaire crédits engagement prévision économies réduction augmentation révision
approuvé attente terminé recommandé proposé demandé convenu noté entériné soumis reçu émis transmis
poste vacant recrutement sélection candidat nomination promotion traitement indemnité congé médical
santé hôpital soins évacuation blessé blessure vaccination aptitude visite carburant munitions stocks
approvisionnement convoi véhicules aéronefs navires bâtiments port aérodrome chemin fer route stockage
dépôt entrepôt inventaire pièces rechange mouvement mouvements transit frontière passage nation hôte
satellite radar capteur surveillance reconnaissance détection alerte avancée missile bouclier
terrorisme hybride désinformation propagande espionnage sabotage incident violation vulnérabilité
chiffrement cryptographie clé clés matériel comptabilité dépositaire courrier valise scellé conteneur
coffre-fort habilitation enquête badge accès contrôle entrée escorte visiteur périmètre garde patrouille
armée armées réunions comités sûreté procès-verbaux rapports lettres messages notes
""".split() + """
hebdomadaire mensuel trimestriel annuelle semestriel calendrier échéance délai étape période dates
janvier février mars avril mai juin juillet août septembre octobre novembre décembre matin après-midi
soir semaine mois année années semaines jours jour heures premier deuxième troisième quatrième cinquième
final intérimaire préliminaire initial révisé consolidé actualisé nouveau nouvelle actuel précédent
prochain dernier futur passé récent cours prévu imprévu élevé faible moyen majeur mineur critique
essentiel urgent courant prioritaire immédiat général générale spécifique détaillé bref court long complet
incomplet ouvert fermé nord sud est ouest septentrional méridional oriental occidental régional local
mondial baltique mer noire arctique atlantique balkans adriatique égée ibérique nordique alpin
kosovo irak afghanistan ukraine géorgie moldavie bosnie serbie monténégro albanie macédoine
bruxelles mons norfolk naples brunssum ramstein northwood izmir stavanger bydgoszcz oberammergau rome
belgique france allemagne pays-bas italie espagne portugal pologne norvège danemark canada
états-unis royaume-uni turquie grèce roumanie bulgarie hongrie tchéquie slovaquie slovénie croatie
estonie lettonie lituanie finlande suède islande luxembourg
marine aviation gendarmerie police garde-côtes réserve réservistes volontaires officiers soldats marins
aviateurs civils contractants consultants stagiaires général amiral colonel commandant capitaine
lieutenant sergent ambassadeur ministre envoyé relevé décisions action actions point points question
questions réponse réponses commentaire commentaires remarque remarques observation observations
recommandation recommandations conclusion conclusions constat constats résultat résultats issue
option options solution solutions démarche approche approches exigence exigences lacune lacunes
insuffisance objectif objectifs niveau niveaux domaine domaines secteur secteurs zone zones région
régions processus méthode méthodes outil outils technique techniques pratique pratiques règle règles
principe principes critère critères condition conditions rôle rôles responsabilité responsabilités
tâche tâches fonction fonctions structure structures organisation organisations effectifs document
documents texte textes version versions page pages paragraphe paragraphes tableau tableaux figure
carte cartes image images photographie courriel courriels télégramme télécopie signal signaux
""".split() + """
acceptation accomplissement accusé acquisition activation activité adaptation additif adresse adéquation
ajustement administration administratif admission adoption avance avantage avis consultatif affaires
agrégation aide pont aérien espace alerte alignement allocation amendement analyste anniversaire
annonce anomalie application appréciation apprentissage arbitrage architecture armement blindage
arrangement arrivée article assemblée actifs affectation assistance assurance présence attention
attribution autorisation bourse prime frontière panne budget biologique blocus balise bâtiment bulletin
encadrement campagne annulation capacités cargaison porteur restauration catégorie cérémonie certification
chaîne défi changement canal charte liste chimique circulaire citation réclamation éclaircissement clause
fermeture coalition code cohésion collecte collectif combat engagement commission indemnisation
compétence concurrence conformité composante composition exhaustif concept préoccupation conduite
confiance configuration confirmation conflit consensus consentement conséquence considération
consolidation contrainte construction consultation consommation contact contingence continuité
contribution conversion coordonnateur correction correspondance homologue couverture crédibilité
culture garde douane cycle dommage données base débat compte rendu démantèlement dévouement déficience
définition retard délégué livraison demande démonstration départ dépendance dépôt description conception
destination destruction détachement détermination développement écart diagnostic différence dimension
diplomatie désarmement libération divulgation discussion licenciement expédition élimination différend
dissémination diversité don déclassement durée économie efficacité efficience élection élément éligibilité
embargo ambassade accent emploi application engagement ingénierie amélioration élargissement enquête
inscription droit environnement égalité escalade établissement preuve exception échange exécution
exemption sortie expansion attente expiration explication explosif exportation exposition prolongation
installation facteur échec faisabilité retour clôture finalisation flexibilité vol empreinte formule
fraude fréquence accomplissement garnison genre gouvernance subvention garantie ligne directrice passation
harmonisation danger audition patrimoine hiérarchie détention hostilité logement identification identité
impact impartialité importation amélioration incitation inclusion revenu indicateur intégration industrie
inflation infraction infanterie initiation innovation contribution inspection institution intégrité
intention interaction intérêt interface ingérence intervention entretien introduction invasion
investissement invitation isolement brouillage jugement justification connaissance laboratoire lancement
commandement législation prêt licence cycle limitation liquidation litige emplacement hébergement perte
loyauté machines mandat manœuvre manuel marge marquage masse mesure mécanisme médiation adhésion
mémorial tutorat fusion méthodologie migration kilométrage minimum faute mobilisation mobilité modèle
modernisation modification suivi moral motion motivation négociation neutralité notification obligation
occupation offensive compensation intégration opinion opportunité opposition optimisation orientation
esquisse production externalisation révision supervision propriété parachute parlement participation
passeport brevet solde maintien paix pénalité pension perception performance permission persistance
pétition pilote oléoduc placement plateforme promesse mutualisation population portefeuille position
possession précaution préséance prédiction préférence locaux préparation préalable présentation
présidence prévention tarification privilège probation productivité compétences profil interdiction
projection preuve poursuite protection disposition prévôté proximité publicité achat objet qualification
quantité quarantaine quota rayonnement ratification justification réaction réalignement réaffectation
rappel réconciliation reconstruction récupération rectification suppression orientation rénovation refus
immatriculation réhabilitation remboursement rejet réinstallation recours retrait renouvellement location
réorganisation réparation rapatriement remplacement ravitaillement représentation réputation sauvetage
recherche réservation résidence démission résolution restauration restriction restructuration
conservation retraite reconversion récupération recette inversion révocation récompense droits sauvegarde
sanction satisfaction échelle bourse filtrage fouille détachement sélection sensibilité séparation
séquence règlement indemnités abri expédition pénurie signataire simplification savoir-faire solidarité
souveraineté spécification parrainage stabilité stabilisation dotation partie déclaration statistiques
stratégie effectif sous-comité soumission abonnement subvention substitution succession suffisance
suggestion adéquation supplément excédent enquête suspension durabilité soutenabilité symposium
synchronisation tarif fiscalité esprit technologie téléphone température location tension résiliation
témoignage essais théâtre seuil tolérance tonnage traçabilité commerce trafic transfert transformation
transition transparence trésorerie tendance procès confiance incertitude entreprise uniforme usage
utilisation validation valorisation écart véhicule vérification ancien combattant veto victime visibilité
dérogation guerre mandat garantie arme météo bien-être retrait témoin charge rendement
""".split() + """
précis actif supplémentaire adéquat avancé aéroporté ambitieux amphibie approprié blindé associé autorisé
automatique disponible conscient fondamental bilatéral large prudent certain civil classifié clair
commercial commun comparable compétent complexe concerné confidentiel cohérent constant contractuel
conventionnel correct coûteux crédible crucial culturel défensif délibéré démocratique dépendant
projetable numérique diplomatique direct distinct intérieur double durable dynamique économique efficace
électronique éligible émergent égal équivalent européen exceptionnel excessif exécutif existant
expéditionnaire expérimenté externe extraordinaire équitable familier favorable fédéral flexible étranger
formel avancé fréquent fonctionnel générique géographique diplômé progressif humanitaire identique
illégal important indépendant indirect individuel industriel informel inhérent innovant intégré intensif
interministériel interne invalide irrégulier judiciaire clé latéral légal létal responsable limité
obligatoire manuel mécanisé mental mobile moderne modeste multilatéral mutuel étroit nécessaire négatif
neutre nominal normal notable nucléaire nombreux obsolète offensif officiel optionnel ordinaire
organisationnel remarquable global parallèle parlementaire particulier pacifique permanent physique
portable positif potentiel pratique préventif primaire principal préalable privé probable professionnel
interdit rapide proportionné provisoire public qualifié radical rare raisonnable réciproque régulier
pertinent fiable lointain renouvelable représentatif réservé résiduel respectif restreint réversible
robuste scientifique secondaire secret sécurisé sélectif supérieur sensible séparé sérieux plusieurs
significatif similaire simple unique social solide souverain spécial stable permanent statutaire
stable strict structurel subordonné substantiel réussi suffisant adapté complémentaire systématique
technique temporaire territorial théorique approfondi opportun total traditionnel transatlantique
transparent tripartite typique unifié universel illicite inhabituel urbain valide divers vertical viable
visible vital volontaire vulnérable écrit
""".split() + """
accepter atteindre reconnaître adapter adresser ajuster adopter conseiller affecter allouer amender
analyser annoncer nommer approuver organiser évaluer attribuer assister supposer joindre assister
autoriser éviter équilibrer informer construire calculer annuler saisir porter certifier changer vérifier
diffuser clarifier classer clore collecter combiner commencer communiquer comparer compiler compléter
respecter conclure mener confirmer considérer consolider consulter contenir continuer contribuer
contrôler convoquer coordonner corriger couvrir créer déclarer décliner diminuer déduire reporter
définir retarder déléguer livrer démontrer refuser déployer décrire concevoir détruire détecter
déterminer développer diriger discuter expédier distribuer documenter rédiger souligner permettre
encourager entériner garantir établir estimer évaluer examiner dépasser échanger exécuter étendre
expliquer prolonger faciliter finaliser suivre transmettre générer accorder gérer identifier mettre
améliorer inclure augmenter indiquer lancer inspecter installer intégrer introduire enquêter inviter
impliquer émettre justifier limiter maintenir mesurer mentionner surveiller négocier notifier observer
obtenir exploiter participer effectuer planifier préparer présenter prévenir procéder traiter acquérir
produire proposer protéger fournir publier poursuivre soulever recevoir recommander reconsidérer
enregistrer récupérer réduire renvoyer renforcer rejeter libérer rester rappeler supprimer renouveler
remplacer répondre représenter demander exiger réserver résoudre restaurer restreindre reprendre retenir
retourner réviser programmer sécuriser sélectionner envoyer partager signer préciser soumettre suggérer
superviser approvisionner soutenir suspendre terminer tester suivre former transférer valider retirer
""".split() + """
sacs sable groupes électrogènes tentes couvertures rations eau potable cantine cuisine blanchisserie
uniformes bottes casques gilets lunettes gants radios batteries antennes câbles routeurs commutateurs
pare-feu ordinateurs imprimantes destructeurs scanners photocopieuses projecteurs écrans bureaux chaises
armoires casiers cadenas chariots élévateurs camions remorques citernes ambulances autobus minibus
hélicoptères frégates destroyers sous-marins corvettes chasseurs mines remorqueurs barges grues palettes
caisses colis enveloppes classeurs tampons encre papier carton plastique métal acier béton gravier
asphalte bois pont tunnel piste hangar abri caserne dortoir gymnase chapelle bibliothèque musée
auditorium salle classe clinique pharmacie dentiste opticien kinésithérapie psychologue aumônier
interprète traducteur archiviste bibliothécaire greffier commis dactylographe réceptionniste chauffeur
mécanicien électricien plombier menuisier serrurier cuisinier agent entretien jardinier portier gardien
veilleur pompier ambulancier infirmier chirurgien pharmacien diététicien vétérinaire ingénieur architecte
géomètre géologue météorologue océanographe cartographe photographe journaliste porte-parole historien
économiste statisticien comptable auditeur avocat notaire juge procureur enquêteur inspecteur contrôleur
""".split()

# Title slots: topics, bodies, exercises, regions, periods (earlier = more frequent).
EN_TOPICS = [
    "logistics", "the annual budget", "air policing", "host nation support", "cyber defence", "force generation",
    "medical support", "ammunition stocks", "fuel supply", "strategic communications", "crisis management",
    "personnel vacancies", "security clearances", "infrastructure projects", "exercise planning",
    "the readiness report", "maritime surveillance", "missile defence", "counter-terrorism", "hybrid threats",
    "the training programme", "interoperability standards", "travel arrangements", "civil emergency planning",
    "the communication and information systems", "cryptographic material", "the registry inspection",
    "the archives transfer", "the records retention schedule", "disinformation", "energy security",
    "climate change and security", "the reinforcement plan", "the common funding", "the staff establishment",
    "the security incident", "the courier service", "the visit programme", "the partnership programme",
    "the lessons learned process", "the deployment of the battlegroup", "the rotation of forces",
    "airspace management", "the naval mine countermeasures", "the strategic airlift", "the fuel pipeline",
    "vaccination of deployed personnel", "the medical evacuation chain", "the hospital exercise",
    "the recruitment campaign", "the disciplinary procedure", "the legal framework", "the status of forces",
    "claims and liability", "the procurement of radios", "the software licences", "the server migration",
    "the building works", "the perimeter security", "the visitor badges",
]
FR_TOPICS = [
    "la logistique", "le budget annuel", "la police du ciel", "le soutien de la nation hôte", "la cyberdéfense",
    "la génération de forces", "le soutien médical", "les stocks de munitions", "l'approvisionnement en carburant",
    "la communication stratégique", "la gestion de crise", "les postes vacants", "les habilitations de sécurité",
    "les projets d'infrastructure", "la planification des exercices", "le rapport de disponibilité",
    "la surveillance maritime", "la défense antimissile", "la lutte contre le terrorisme", "les menaces hybrides",
    "le programme de formation", "les normes d'interopérabilité", "les déplacements", "la planification civile d'urgence",
    "les systèmes d'information et de communication", "le matériel cryptographique", "l'inspection du bureau d'ordre",
    "le versement aux archives", "le calendrier de conservation", "la désinformation", "la sécurité énergétique",
    "le changement climatique et la sécurité", "le plan de renforcement", "le financement commun",
    "le tableau des effectifs", "l'incident de sécurité", "le service de courrier", "le programme des visites",
    "le programme de partenariat", "le retour d'expérience", "le déploiement du groupement tactique",
    "la relève des forces", "la gestion de l'espace aérien", "la lutte contre les mines navales",
    "le transport aérien stratégique", "l'oléoduc", "la vaccination du personnel déployé",
    "la chaîne d'évacuation sanitaire", "l'exercice hospitalier", "la campagne de recrutement",
    "la procédure disciplinaire", "le cadre juridique", "le statut des forces", "les réclamations",
    "l'achat de radios", "les licences de logiciels", "la migration des serveurs", "les travaux du bâtiment",
    "la sécurité du périmètre", "les badges des visiteurs",
]
EN_BODIES = [
    "MC", "Military Committee", "North Atlantic Council", "Budget Committee", "Security Committee",
    "Defence Policy and Planning Committee", "Logistics Committee", "Resource Policy and Planning Board",
    "Infrastructure Committee", "Civil Emergency Planning Committee", "Operations Policy Committee",
    "Partnerships Committee", "Medical Committee", "Standardization Board", "Archives Committee",
    "Deputies Committee", "Intelligence Committee", "Executive Working Group",
]
FR_BODIES = [
    "comité militaire", "Conseil de l'Atlantique Nord", "comité du budget", "comité de sécurité",
    "comité des plans et politiques de défense", "comité de la logistique",
    "bureau de planification et de politique générale des ressources", "comité de l'infrastructure",
    "comité des plans civils d'urgence", "comité des politiques opérationnelles", "comité des partenariats",
    "comité de santé", "bureau de normalisation", "comité des archives", "comité des adjoints",
    "comité du renseignement", "groupe de travail exécutif",
]
EXERCISES = [
    "STEADFAST JUPITER", "TRIDENT JUNCTURE", "COLD RESPONSE", "DEFENDER EUROPE", "BALTOPS", "RAMSTEIN AMBITION",
    "BRILLIANT JUMP", "LOYAL LEDA", "CYBER COALITION", "LOCKED SHIELDS", "CMX", "STEADFAST DEFENDER",
    "DYNAMIC MONGOOSE", "NOBLE JUMP", "SABER STRIKE", "TRIDENT JAGUAR", "RAMSTEIN FLAG", "BRILLIANT MARINER",
    "DYNAMIC MANTA", "SEA BREEZE",
]
EN_REGIONS = [
    "the Baltic region", "the Black Sea", "the Western Balkans", "the High North", "the Mediterranean",
    "Central Europe", "the Sahel", "Iraq", "Kosovo", "the North Atlantic", "South-Eastern Europe", "the Middle East",
]
FR_REGIONS = [
    "dans la région baltique", "en mer Noire", "dans les Balkans occidentaux", "dans le Grand Nord",
    "en Méditerranée", "en Europe centrale", "au Sahel", "en Irak", "au Kosovo", "dans l'Atlantique Nord",
    "en Europe du Sud-Est", "au Moyen-Orient",
]
EN_PERIODS = ["Quarterly", "Monthly", "Annual", "Weekly", "Half-yearly"]
FR_PERIODS = ["trimestriel", "mensuel", "annuel", "hebdomadaire", "semestriel"]

EN_TITLES = {
    "minutes": ["Minutes of the {body} meeting on {topic}", "Minutes of the {body} meeting of {date}",
                "Summary record of the {body} meeting on {topic}"],
    "report": ["Report on the exercise {exercise}", "Report on {topic}", "{period} report on {topic}",
               "Final report of the {body} on {topic}", "After-action report of exercise {exercise}"],
    "memorandum": ["Memorandum on {topic}", "Memorandum to the {body} on {topic}"],
    "letter": ["Letter from {org} on {topic}", "Letter to {org} concerning {topic}"],
    "message": ["{org}: update on {topic}", "Message from {org} on {topic}", "Situation report {n} on {topic}"],
    "directive": ["Directive on {topic}", "Directive {n} on {topic} for exercise {exercise}"],
    "note": ["Note on {topic}", "Note for the {body} on {topic}"],
    "agenda": ["Agenda of the {body} meeting on {topic}", "Provisional agenda of the {body} meeting of {date}"],
    "request": ["Request for {topic} support from {org}", "Request for information on {topic}"],
    "assessment": ["Assessment of {topic} in {region}", "Threat assessment for {region}"],
    "instruction": ["Instruction on {topic}", "Standing instruction on {topic}"],
    "decision": ["Decision sheet of the {body} on {topic}", "Record of decisions of the {body} meeting of {date}"],
}
FR_TITLES = {
    "minutes": ["Procès-verbal de la réunion du {body} sur {topic}", "Procès-verbal de la réunion du comité de sécurité",
                "Compte rendu de la réunion de coordination sur {topic}"],
    "report": ["Rapport sur l'exercice {exercise}", "Rapport sur {topic}", "Rapport {period} sur {topic}",
               "Rapport final du {body} sur {topic}"],
    "memorandum": ["Mémorandum sur {topic}", "Mémorandum au {body} sur {topic}"],
    "letter": ["Lettre de {org} concernant {topic}", "Lettre à {org} relative à {topic}"],
    "message": ["Message de {org} relatif à {topic}", "Compte rendu de situation {n} sur {topic}"],
    "directive": ["Directive relative à {topic}", "Directive {n} pour l'exercice {exercise}"],
    "note": ["Note relative à {topic}", "Note à l'attention du {body} sur {topic}"],
    "agenda": ["Ordre du jour de la réunion du {body}", "Ordre du jour provisoire de la réunion du {date}"],
    "request": ["Demande de soutien de {org} pour {topic}", "Demande de renseignements sur {topic}"],
    "assessment": ["Évaluation de {topic} {region}", "Évaluation de la menace {region}"],
    "instruction": ["Instruction relative à {topic}", "Instruction permanente sur {topic}"],
    "decision": ["Relevé de décisions du {body} sur {topic}", "Relevé de décisions de la réunion du {date}"],
}
EN_SUBJECTS = ["{Topic}", "{Topic} in {region}", "Follow-up on {topic}", "{Topic}: exercise {exercise}",
               "{Topic} and {topic2}"]
FR_SUBJECTS = ["{Topic}", "{Topic} {region}", "Suivi de {topic}", "{Topic} : exercice {exercise}",
               "{Topic} et {topic2}"]
EN_LEADS = ["This memorandum concerns", "The committee noted", "Following the meeting", "The staff reviewed",
            "Members are invited to note", "The attached report describes", "In reply to your letter",
            "The registry recorded"]
FR_LEADS = ["La présente note concerne", "Le comité a pris note", "À la suite de la réunion",
            "L'état-major a examiné", "Les membres sont invités à noter", "Le rapport ci-joint décrit",
            "En réponse à votre lettre", "Le bureau d'ordre a enregistré"]

ORIGINATORS = [
    "SHAPE J4", "SHAPE J3", "SHAPE J2", "JFC Naples", "JFC Brunssum", "JFC Norfolk", "HQ SACT", "NCIA", "NSPA",
    "NATO Office of Security", "HQ MARCOM", "HQ AIRCOM", "HQ LANDCOM", "NATO School Oberammergau",
    "NATO Defense College", "KFOR HQ", "NMI HQ", "EU Military Staff", "BEL MILREP", "FRA MILREP", "DEU MILREP",
    "GBR MILREP", "USA MILREP", "NLD MILREP", "ITA MILREP", "CAN MILREP", "POL MILREP", "ESP MILREP",
    "Délégation de la France", "Représentation militaire de la Belgique", "Mission du Canada",
    "Représentation permanente du Luxembourg", "JWC Stavanger", "JFTC Bydgoszcz", "MNC NE Szczecin",
]
INTERNAL_ORIGINATORS = [
    "IMS Director", "DGIMS", "Private Office", "IMS Logistics and Resources", "IMS Operations and Plans",
    "IMS Intelligence", "IMS Cooperative Security", "IMS Policy and Capabilities", "Financial Controller",
    "Legal Adviser", "Public Affairs", "Security Office", "Human Resources", "Registry",
]
ADDRESSEES = [
    "COS", "DGIMS", "DDGIMS", "Executive Coordinator", "IMS Logistics and Resources", "IMS Operations and Plans",
    "IMS Intelligence", "IMS Cooperative Security", "IMS Policy and Capabilities", "NATO Situation Centre",
    "Financial Controller", "Registry", "Legal Adviser", "Public Affairs", "Security Office", "Human Resources",
    "All MILREPs", "SHAPE", "HQ SACT",
]
ORIGINATOR_PREFIXES = ["SH/J4", "SH/J3", "SH/J2", "JFCNP/LOG", "JFCBS/OPS", "ACT/CAPDEV", "NCIA/CS", "NSPA/SP",
                       "NOS/SEC", "MARCOM/N3", "AIRCOM/A3", "LC/G4", "DEL/FRA", "MR/BEL", "CAN/DEL", "MILREP"]

# series code, template, title, checks, weight, record types (type: weight)
SERIES = [
    ("IMSM", "IMSM-{seq:4}-{year}", "International Military Staff memoranda", [], 12,
     {"memorandum": 6, "note": 2, "directive": 1}),
    ("MSG", "MSG/{year}/{seq:5}", "Incoming messages", ["label", "originator", "originatorReference"], 18,
     {"message": 1}),
    ("PO", "PO({year}){seq:4}", "Private office correspondence", ["documentDate", "originator"], 6,
     {"letter": 5, "note": 2}),
    ("MC", "MC-{seq:4}-{yy}", "Military Committee documents", ["label"], 5,
     {"minutes": 3, "decision": 2, "report": 2, "agenda": 1}),
    ("MCM", "MCM-{seq:4}-{year}", "Military Committee memoranda", ["documentDate", "label"], 5, {"memorandum": 1}),
    ("SG", "SG({year}){seq:4}", "Secretary General correspondence", ["documentDate", "originator"], 3,
     {"letter": 3, "note": 1}),
    ("CM", "C-M({year}){seq:4}", "Council memoranda", ["label"], 3, {"memorandum": 3, "decision": 2, "minutes": 1}),
    ("IS", "IS-{year}-{seq:5}", "International Staff documents", [], 5, {"note": 3, "report": 2, "memorandum": 1}),
    ("LOG", "LOG/{year}/{seq:4}", "Logistics", [], 6, {"report": 3, "request": 2, "message": 2, "assessment": 1}),
    ("FIN", "FIN-{year}-{seq:5}", "Finance and budget", ["documentDate"], 5,
     {"report": 2, "request": 2, "letter": 1, "note": 1}),
    ("PERS", "PERS/{yy}/{seq:4}", "Personnel", [], 4, {"note": 2, "letter": 2, "request": 2}),
    ("INT", "INT.{year}.{seq:4}", "Intelligence", ["label", "originator"], 5,
     {"assessment": 3, "report": 2, "message": 2}),
    ("OPS", "OPS/{yy}/{seq:5}", "Operations", ["label"], 6, {"report": 3, "directive": 2, "message": 2}),
    ("EXR", "EXR-{yy}-{seq:4}", "Exercise reports", [], 3, {"report": 3, "directive": 1, "instruction": 1}),
    ("LEG", "LEG/{year}/{seq:4}", "Legal Office", [], 2, {"note": 2, "letter": 1, "assessment": 1}),
    ("MED", "MED-{seq:4}-{year}", "Medical", [], 2, {"report": 2, "note": 1, "directive": 1}),
    ("CIS", "CIS_{year}_{seq:4}", "Communication and information systems", [], 3,
     {"report": 2, "request": 2, "instruction": 1}),
    ("TRG", "TRG {year}/{seq:4}", "Training and education", [], 3,
     {"directive": 1, "instruction": 2, "report": 1, "agenda": 1}),
    ("PA", "PA-{yy}-{seq:4}", "Public affairs", [], 2, {"note": 2, "message": 1, "report": 1}),
    ("SEC", "SEC/{year}/{seq:4}", "Security Office", ["label"], 3,
     {"directive": 2, "instruction": 2, "report": 1, "note": 1, "minutes": 1}),
]
STATES = (["received", "registered", "active", "closed", "archived"], [4, 26, 45, 18, 7])
# Registry items are mostly owned by the registry; the rest by the offices (generate_objects' units).
UNIT_WEIGHTS = [50 if unit == "IPS" else 10 for unit in UNITS]
NLD, FRA = BITS["NLD"], BITS["FRA"]


def dedupe(words):
    return list(dict.fromkeys(words))


def zipf_weights(n, s):
    return [1.0 / (rank ** s) for rank in range(1, n + 1)]


class Stream:
    """Independent draws from a weighted list, drawn in bulk from a lookup table (one uniform draw each).

    The weights are quantised to `resolution` slots (every item keeps at least one), which is exact for small
    integer weights and finer than one record in a million for the word lists.
    """

    def __init__(self, rng, population, weights, resolution=1 << 16, chunk=1 << 18):
        total = sum(weights)
        self.table = []
        for item, weight in zip(population, weights):
            self.table.extend([item] * max(1, round(weight * resolution / total)))
        self.rng, self.population, self.max_chunk = rng, population, chunk
        self.chunk, self.buffer, self.pos = 1024, [], 0

    def _refill(self):
        self.buffer = self.rng.choices(self.table, k=self.chunk)
        self.chunk = min(self.chunk * 2, self.max_chunk)  # small runs do not pay for big buffers
        self.pos = 0

    def next(self):
        if self.pos >= len(self.buffer):
            self._refill()
        self.pos += 1
        return self.buffer[self.pos - 1]

    def take(self, n):
        if self.pos + n > len(self.buffer):
            rest = self.buffer[self.pos:]
            self._refill()
            self.pos = n - len(rest)
            return rest + self.buffer[:self.pos]
        self.pos += n
        return self.buffer[self.pos - n:self.pos]


def compile_template(template):
    """ReferenceTemplate.render as a format string: {seq} / {seq:N} zero-padded, {year} four digits, {yy} two."""
    def placeholder(match):
        name = match.group(1)
        if name == "year":
            return "{year:04d}"
        if name == "yy":
            return "{yy:02d}"
        return "{seq:0%dd}" % (int(name[4:]) if name.startswith("seq:") else 1)
    return re.sub(r"\{([^}]*)\}", placeholder, template)


WORD_RE = re.compile(r"\w+")


def fold(text):
    """Lower case without accents (what an accent-insensitive index compares). The corpus is Latin script."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae").replace("’", "'")
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii")


def folded_tokens(text):
    return WORD_RE.findall(fold(text).replace("_", " "))


class Language:
    def __init__(self, rng, code, function, content, topics, bodies, regions, periods, titles, subjects, leads, s):
        self.code = code
        function = dedupe(function)
        content = [w for w in dedupe(content) if w not in set(function)]
        self.function, self.content = function, content
        # Running text: about 38% function words, 62% content words, each with its own Zipf law.
        fw, cw = zipf_weights(len(function), 1.0), zipf_weights(len(content), s)
        fsum, csum = sum(fw), sum(cw)
        self.words = Stream(rng, function + content, [0.38 * w / fsum for w in fw] + [0.62 * w / csum for w in cw],
                            resolution=1 << 22)
        self.keywords = Stream(rng, content[:400], zipf_weights(400, 1.0))
        self.topics = Stream(rng, topics, zipf_weights(len(topics), 0.9))
        self.bodies = Stream(rng, bodies, zipf_weights(len(bodies), 1.0))
        self.regions = Stream(rng, regions, zipf_weights(len(regions), 0.8))
        self.periods, self.titles, self.subjects, self.leads = periods, titles, subjects, leads
        self.capitalised = {t: t[0].upper() + t[1:] for t in topics}


def crockford_pairs():
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return [a + b for a in alphabet for b in alphabet]  # 10 bits -> 2 characters


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=4774)
    parser.add_argument("--queries", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                          "search_queries.txt"),
                        help="query mix whose document frequencies are printed at the end ('' for none)")
    parser.add_argument("--expected", help="write the estimated matches per query (JSON) to this file")
    parser.add_argument("--zipf", type=float, default=1.15, help="Zipf exponent of content words (default 1.15)")
    args = parser.parse_args()
    started = time.perf_counter()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    english = Language(rng, "en", EN_FUNCTION, EN_CONTENT, EN_TOPICS, EN_BODIES, EN_REGIONS, EN_PERIODS,
                       EN_TITLES, EN_SUBJECTS, EN_LEADS, args.zipf)
    french = Language(rng, "fr", FR_FUNCTION, FR_CONTENT, FR_TOPICS, FR_BODIES, FR_REGIONS, FR_PERIODS,
                      FR_TITLES, FR_SUBJECTS, FR_LEADS, args.zipf)
    # Titles, subjects and JSON values are written without escaping: none of the pieces may need it.
    pieces = (EN_FUNCTION + EN_CONTENT + FR_FUNCTION + FR_CONTENT + EN_TOPICS + FR_TOPICS + EN_BODIES + FR_BODIES
              + EXERCISES + EN_REGIONS + FR_REGIONS + EN_PERIODS + FR_PERIODS + EN_SUBJECTS + FR_SUBJECTS + EN_LEADS
              + FR_LEADS + ORIGINATORS + INTERNAL_ORIGINATORS + ADDRESSEES
              + [t for titles in (EN_TITLES, FR_TITLES) for ts in titles.values() for t in ts])
    for piece in pieces:
        assert not any(c in piece for c in '",\\\n\r'), piece

    matcher = QueryMix(args.queries, args.records) if args.queries else None
    if matcher and matcher.queries:
        matcher.register(english.words.population + french.words.population)

    # Time line: evenly from 2017-01-01 to now (at the latest the end of 2026), with jitter; strictly increasing.
    begin_ms = int(datetime.datetime(2017, 1, 1, tzinfo=datetime.timezone.utc).timestamp() * 1000)
    end_ms = min(int(time.time() * 1000),
                 int(datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc).timestamp() * 1000) - 1)
    step = (end_ms - begin_ms) / max(args.records, 1)
    today = end_ms // 86_400_000
    days = {}

    def day(number):
        found = days.get(number)
        if found is None:
            date = datetime.date(1970, 1, 1) + datetime.timedelta(days=number)
            found = days[number] = (date.isoformat(), date.year, date.timetuple().tm_yday)
        return found

    series_draw = Stream(rng, list(range(len(SERIES))), [s[4] for s in SERIES])
    type_draws = [Stream(rng, list(types), list(types.values())) for *_, types in SERIES]
    formats = [compile_template(s[1]) for s in SERIES]
    reference_words = [re.sub(r"\{[^}]*\}", " ", s[1]) for s in SERIES]  # the letters of each reference
    class_draw = Stream(rng, list(range(5)), [35, 30, 18, 14, 3])
    state_draw = Stream(rng, *STATES)
    unit_draw = Stream(rng, UNITS, UNIT_WEIGHTS)
    acl_size_draw = Stream(rng, [0, 1, 2], [3, 1, 1])
    exercise_draw = Stream(rng, EXERCISES, zipf_weights(len(EXERCISES), 0.8))
    originator_draw = Stream(rng, ORIGINATORS, zipf_weights(len(ORIGINATORS), 0.9))
    internal_draw = Stream(rng, INTERNAL_ORIGINATORS, zipf_weights(len(INTERNAL_ORIGINATORS), 0.9))
    addressee_draw = Stream(rng, ADDRESSEES, zipf_weights(len(ADDRESSEES), 0.9))
    pairs = crockford_pairs()
    counters = {}
    label_cache = {}
    random_, randint, getrandbits, sample = rng.random, rng.randint, rng.getrandbits, rng.sample
    everyone = NATIONS + ORGANISATIONS
    grantees = UNITS + GROUPS
    unit_set = set(UNITS)

    paths = {name: os.path.join(args.out, name + ".csv")
             for name in ("reference_series", "reference_counters", "objects", "object_acl", "records")}
    with open(paths["objects"], "w", encoding="utf-8") as objects_file, \
            open(paths["object_acl"], "w", encoding="utf-8") as acl_file, \
            open(paths["records"], "w", encoding="utf-8") as records_file:
        objects_out, acl_out, records_out = [], [], []
        for index in range(args.records):
            ms = begin_ms + int(index * step + random_() * step * 0.9)
            day_number = ms // 86_400_000
            received, year, yday = day(day_number)
            bits = getrandbits(80)
            oid = (pairs[ms >> 40] + pairs[ms >> 30 & 1023] + pairs[ms >> 20 & 1023] + pairs[ms >> 10 & 1023]
                   + pairs[ms & 1023] + pairs[bits >> 70] + pairs[bits >> 60 & 1023] + pairs[bits >> 50 & 1023]
                   + pairs[bits >> 40 & 1023] + pairs[bits >> 30 & 1023] + pairs[bits >> 20 & 1023]
                   + pairs[bits >> 10 & 1023] + pairs[bits & 1023])

            # label and need-to-know, as generate_objects.py
            classification = class_draw.next()
            if random_() < 0.7:
                codes = ("NATO",)
            else:
                codes = tuple(sorted(sample(everyone, randint(1, 5))))
            categories = tuple(c for c in CATEGORIES if random_() < 0.08)
            key = (classification, codes, categories)
            label = label_cache.get(key)
            if label is None:
                releasable = NATO_MASK if codes == ("NATO",) else sum(BITS[c] for c in codes)
                mask = sum(1 << CATEGORIES.index(c) for c in categories)
                label_json = ('{"categories":[' + ",".join(f'"{c}"' for c in categories) + '],"classification":"'
                              + MARKINGS[classification] + '","informative":[],"releasableTo":['
                              + ",".join(f'"{c}"' for c in codes) + "]}")
                label = label_cache[key] = (releasable, mask, f"{classification},{releasable},{mask},"
                                            + '"' + label_json.replace('"', '""') + '"')
            releasable, mask, label_columns = label
            unit = unit_draw.next()
            open_to_unit = 1 if random_() < 0.85 else 0

            # registry part
            s = series_draw.next()
            code, _, _, checks, _, _ = SERIES[s]
            seq = counters.get((code, year), 0) + 1
            counters[(code, year)] = seq
            reference = formats[s].format(seq=seq, year=year, yy=year % 100)
            record_type = type_draws[s].next()
            if code == "MSG" or record_type in ("message", "request") and random_() < 0.8:
                direction = "incoming"
            else:
                r = random_()
                direction = "incoming" if r < 0.45 else "outgoing" if r < 0.7 else "internal"
            lang = english if random_() < 0.6 else french
            if direction == "incoming":
                originator = originator_draw.next()
                originator_reference = (f"{ORIGINATOR_PREFIXES[getrandbits(4)]}/{year}/{getrandbits(12):04d}"
                                        if random_() < 0.85 else "")
            else:
                originator = internal_draw.next()
                originator_reference = ""
            addressees = addressee_draw.take(1 + (getrandbits(2) if random_() < 0.5 else 0))
            if len(addressees) > 1:
                addressees = dedupe(addressees)
            lag = getrandbits(4) if direction == "incoming" else getrandbits(2)
            if random_() < 0.05:
                document_date = ""
            elif lag < yday:
                document_date = day(day_number - lag)[0]
            else:
                document_date = received
            exercise = exercise_draw.next()
            topic, topic2 = lang.topics.next(), lang.topics.next()
            corps, region = lang.bodies.next(), lang.regions.next()
            titles = lang.titles[record_type]
            title_template = titles[getrandbits(8) % len(titles)]
            period = lang.periods[getrandbits(8) % 5]
            title = title_template.format(topic=topic, body=corps, exercise=exercise, org=originator, region=region,
                                          period=period, date=document_date or received,
                                          n=seq % 97 + 1)
            title = title[0].upper() + title[1:]
            subject_template = lang.subjects[getrandbits(8) % 5]
            subject = subject_template.format(Topic=lang.capitalised[topic], topic=topic, topic2=topic2,
                                              region=region, exercise=exercise)
            lead = lang.leads[getrandbits(3)]
            body = lang.words.take(randint(22, 56))  # with the lead: 25 to 60 words
            half = len(body) // 2
            if half > 18:  # two sentences
                summary = (lead + " " + " ".join(body[:half]) + ". " + body[half][0].upper() + body[half][1:] + " "
                           + " ".join(body[half + 1:]) + ".")
            else:
                summary = lead + " " + " ".join(body) + "."
            keywords = lang.keywords.take(getrandbits(2) + getrandbits(1))
            if len(keywords) > 1:
                keywords = dedupe(keywords)
            state = state_draw.next()
            closed_on = ""
            if state == "closed" or state == "archived":
                closed_day = day_number + 30 + getrandbits(8)
                if closed_day <= today:
                    closed_on = day(closed_day)[0]
                else:  # too recent to be cut off
                    state = "active"
            verified = ",bench," + str(ms + 3_600_000) if checks and state != "received" else ",,"

            objects_out.append(f'{oid},record,"{title}",{label_columns},,{unit},{open_to_unit},{state},1,bench,{ms},{ms}\n')
            acl_size = acl_size_draw.next()
            acl = sample(grantees, acl_size) if acl_size else ()
            for grantee in acl:
                acl_out.append(f"{oid},{'unit' if grantee in unit_set else 'group'},{grantee},"
                               f"{'read' if random_() < 0.5 else 'write'},bench,{ms}\n")
            records_out.append(
                oid + "," + code + "," + str(year) + "," + str(seq) + "," + reference + "," + direction + ","
                + record_type + "," + originator + "," + originator_reference + ',"[""' + '"",""'.join(addressees)
                + '""]",' + document_date + "," + received + "," + lang.code + ","
                + (str(classification) if random_() < 0.85 else "") + ","
                + ('"[""' + '"",""'.join(keywords) + '""]"' if keywords else '"[]"')
                + ',"{""subject"":""' + subject + '"",""summary"":""' + summary + '""}"' + verified
                + ",," + closed_on + ",,\n")
            if matcher:
                grants_units = [g for g in acl if g in unit_set]
                cleared = bool(releasable & NLD) and (open_to_unit or bool(grants_units))
                restricted = (classification <= 3 and bool(releasable & FRA) and not mask
                              and (open_to_unit and unit == "IPS" or "IPS" in grants_units))
                slots = {"topic": topic, "Topic": topic, "topic2": topic2, "body": corps, "region": region,
                         "exercise": exercise, "org": originator, "period": period}
                seen = [title_template, subject_template, lead, originator, *addressees, reference_words[s],
                        str(year), originator_reference[:originator_reference.find("/" + str(year))]]
                seen += [slots[name] for name in placeholders(title_template) + placeholders(subject_template)
                         if name in slots]
                matcher.add(body + keywords, seen,
                            (title, subject, summary, originator, originator_reference, *addressees, *keywords),
                            classification, code, record_type, document_date or received, reference,
                            cleared, restricted)
            if len(records_out) >= 20_000:
                objects_file.write("".join(objects_out))
                acl_file.write("".join(acl_out))
                records_file.write("".join(records_out))
                objects_out, acl_out, records_out = [], [], []
        objects_file.write("".join(objects_out))
        acl_file.write("".join(acl_out))
        records_file.write("".join(records_out))

    with open(paths["reference_series"], "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for code, template, title, checks, _, _ in SERIES:
            w.writerow([code, template, title, 1 if checks else 0, '["' + '","'.join(sorted(checks)) + '"]'
                        if checks else "[]", 1, 1, "bench", begin_ms, begin_ms])
    with open(paths["reference_counters"], "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for (code, year), last in sorted(counters.items()):
            w.writerow([code, year, last])

    elapsed = time.perf_counter() - started
    everything = set()  # every word a record may contain, folded
    for piece in pieces + [s[1] for s in SERIES]:
        everything.update(folded_tokens(re.sub(r"\{[^}]*\}", " ", piece)))
    print(f"wrote {args.records} records to {args.out} in {elapsed:.1f}s; vocabulary: "
          f"{len(english.function)}+{len(english.content)} English and {len(french.function)}+{len(french.content)}"
          f" French words (function+content) in running text, {len(everything)} distinct folded words in all "
          f"({len({stem(w) for w in everything})} stems)", file=sys.stderr)
    if matcher:
        matcher.report()
        if args.expected:
            matcher.write(args.expected)


class QueryMix:
    """Estimates, while generating, how many records each query of the mix matches, as Chancery's search does.

    Words are folded and stemmed as in ChanceryKit's SearchText (ported below), prefixes compare folded words,
    phrases compare stems in order within the title or within the rest. `a OR b` binds tighter than the
    implicit AND; `-x` and `NOT x` exclude; ref: is a prefix of the reference; class: a maximum; from:/to:
    compare the document date (else the received date) by day, month or year; office:registry is every record.
    Looked at: title, subject, summary, keywords, originator, the originator's reference and addressees, and
    the reference's letters and year (numbers of references and titles are left out).
    Counts are untrimmed and for the benchmark's two principals: `cleared` (CTS, NLD, every category and
    unit) and `restricted` (NS, FRA, no category, unit IPS).
    """
    FILTERS = ("ref", "class", "series", "office", "type", "from", "to")
    LEVELS = {"NU": 0, "NR": 1, "NC": 2, "NS": 3, "CTS": 4}

    def __init__(self, path, records):
        self.records = records
        self.queries = []  # (text, [(negated, [atom indices] (an OR group)) ...], [filter expressions])
        self.atoms = []  # ("stem", stem) | ("prefix", folded) | ("phrase", stems)
        self.tokens = {}  # piece of text -> its folded words
        self.stems = {}  # folded word -> stem
        self.patterns = {}  # phrase -> (number of forms known, regular expression)
        if not os.path.exists(path):
            print(f"no query mix at {path}: document frequencies not computed", file=sys.stderr)
            return
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                self.queries.append(self.parse(line))
        self.atom_df = [0] * len(self.atoms)
        self.totals = [[0, 0, 0] for _ in self.queries]
        # The folded words seen so far that have a stem / a prefix of the mix.
        wanted = {stem for kind, value in self.atoms if kind != "prefix"
                  for stem in ((value,) if kind == "stem" else value)}
        self.forms = {stem: set() for stem in wanted}
        self.prefix_forms = {value: set() for kind, value in self.atoms if kind == "prefix"}
        # One generated function evaluates every atom and query of a record.
        lines = ["def evaluate(W, row):"]
        for i, (kind, value) in enumerate(self.atoms):
            if kind == "stem":
                lines.append(f"    a{i} = not W.isdisjoint(FORMS[{value!r}])")
            elif kind == "prefix":
                lines.append(f"    a{i} = not W.isdisjoint(PREFIX[{value!r}])")
            else:
                present = " and ".join(f"not W.isdisjoint(FORMS[{stem!r}])" for stem in value)
                lines.append(f"    a{i} = {present} and PHRASE({value!r}, row)")
        for j, (_, groups, filters) in enumerate(self.queries):
            terms = [("not " if negated else "") + "(" + " or ".join(f"a{i}" for i in group) + ")"
                     for negated, group in groups]
            lines.append(f"    q{j} = " + " and ".join(terms + filters or ["True"]))
        lines.append("    return (" + "".join(f"a{i}, " for i in range(len(self.atoms))) + "), ("
                     + "".join(f"q{j}, " for j in range(len(self.queries))) + ")")
        scope = {"FORMS": self.forms, "PREFIX": self.prefix_forms, "PHRASE": self.phrase}
        exec("\n".join(lines), scope)
        self.evaluate = scope["evaluate"]

    def atom(self, kind, value):
        key = (kind, value)
        if key not in self.atoms:
            self.atoms.append(key)
        return self.atoms.index(key)

    def parse(self, line):
        groups, filters, pending_or, pending_not = [], [], False, False
        for token in re.findall(r'-?"[^"]*"|\S+', line):
            if token in ("OR", "NOT", "AND"):
                pending_or, pending_not = token == "OR", token == "NOT"
                continue
            negated = (token.startswith("-") and len(token) > 1) or pending_not
            body = token[1:] if token.startswith("-") else token
            key, _, value = body.partition(":")
            if value and key.lower() in self.FILTERS:
                filters.append(self.filter(key.lower(), value.strip('"')))
                continue
            if body.endswith("*"):
                words = folded_tokens(body[:-1])
                index = self.atom("prefix", words[-1])  # (words before the last: not in this mix)
            else:
                stems = tuple(stem(w) for w in folded_tokens(body))
                index = self.atom("stem", stems[0]) if len(stems) == 1 else self.atom("phrase", stems)
            if pending_or and groups:
                groups[-1][1].append(index)
            else:
                groups.append((negated, [index]))
            pending_or = pending_not = False
        return line, groups, filters

    def filter(self, key, value):
        # row: (texts, classification, series, record type, document date, reference)
        if key == "ref":
            return f"row[5].startswith({value.upper()!r})"
        if key == "class":
            return f"row[1] <= {self.LEVELS[value.upper()]}"
        if key == "series":
            return f"row[2] == {value.upper()!r}"
        if key == "type":
            return f"row[3] == {value.lower()!r}"
        if key == "from":
            return f"row[4][:{len(value)}] >= {value!r}"
        if key == "to":
            return f"row[4][:{len(value)}] <= {value!r}"
        return "True"  # office:registry: every record is the registry's

    def phrase(self, stems, row):
        """Whether the stems follow each other in the title or in the rest (words between: not letters)."""
        known = sum(len(self.forms[s]) for s in stems)
        cached = self.patterns.get(stems)
        if cached is None or cached[0] != known:
            alternatives = ["(?:" + "|".join(sorted(self.forms[s], key=len, reverse=True)) + ")" for s in stems]
            cached = self.patterns[stems] = (known, re.compile(r"\b" + r"[\W_]+".join(alternatives) + r"\b"))
        title, *rest = row[0]
        return cached[1].search(fold(title)) is not None or cached[1].search(fold(" ".join(rest))) is not None

    def stem_of(self, word):
        found = self.stems.get(word)
        if found is None:
            found = self.stems[word] = stem(word)
            if found in self.forms:
                self.forms[found].add(word)
            for prefix, forms in self.prefix_forms.items():
                if word.startswith(prefix):
                    forms.add(word)
        return found

    def folded(self, text):
        found = self.tokens[text] = frozenset(folded_tokens(re.sub(r"\{[^}]*\}", " ", text)))
        for word in found:
            self.stem_of(word)
        return found

    def register(self, vocabulary):
        """Learns the running-text words, so that a record's words are looked up as they are (faster)."""
        self.multi = {}
        for word in vocabulary:
            parts = folded_tokens(word)
            for part in parts:
                self.stem_of(part)
            if len(parts) == 1:
                self.stem_of(parts[0])
                for forms in (self.forms.get(self.stems[parts[0]]),
                              *(f for p, f in self.prefix_forms.items() if parts[0].startswith(p))):
                    if forms is not None:
                        forms.add(word)
            else:
                self.multi[word] = frozenset(parts)
        self.multi_words = frozenset(self.multi)

    def add(self, running, pieces, texts, classification, series, record_type, day, reference, cleared,
            restricted):
        if not self.queries:
            return
        tokens = self.tokens
        words = set(running)
        for word in self.multi_words.intersection(words):
            words.update(self.multi[word])
        for piece in pieces:
            found = tokens.get(piece)
            words.update(found if found is not None else self.folded(piece))
        atoms, queries = self.evaluate(words, (texts, classification, series, record_type, day, reference))
        df = self.atom_df
        for i, hit in enumerate(atoms):
            if hit:
                df[i] += 1
        for total, hit in zip(self.totals, queries):
            if hit:
                total[0] += 1
                total[1] += cleared
                total[2] += restricted

    def write(self, path):
        """The estimates as JSON: {"records": N, "queries": {query: {"all", "cleared", "restricted"}}}."""
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"records": self.records,
                       "queries": {text: {"all": a, "cleared": c, "restricted": r}
                                   for (text, _, _), (a, c, r) in zip(self.queries, self.totals)}},
                      f, ensure_ascii=False, indent=1)

    def report(self):
        if not self.queries:
            return
        n = max(self.records, 1)
        out = sys.stderr
        print("\ndocument frequency of the query terms (records containing it, folded and stemmed):", file=out)
        for (kind, value), df in sorted(zip(self.atoms, self.atom_df), key=lambda a: -a[1]):
            shown = {"stem": lambda: f"{value} ({', '.join(sorted(self.forms[value])) or '-'})",
                     "prefix": lambda: f"{value}* ({len(self.prefix_forms[value])} words)",
                     "phrase": lambda: '"' + " ".join(value) + '"'}[kind]()
            print(f"  {shown:<44} {df:>9}  {100 * df / n:6.2f}%", file=out)
        print(f"\nestimated matches per query: {'untrimmed':>30} {'cleared':>9} {'restricted':>10}", file=out)
        for (text, _, _), (everything, cleared, restricted) in zip(self.queries, self.totals):
            print(f"  {text:<44} {everything:>9} {100 * everything / n:6.2f}% {cleared:>9} {restricted:>10}",
                  file=out)


@functools.lru_cache(maxsize=None)
def placeholders(template):
    return tuple(re.findall(r"\{(\w+)", template))


def stem(word):
    """SearchText.stem of ChanceryKit: plural, feminine and -ing/-ed endings removed from a folded word."""
    if len(word) <= 3 or not all("a" <= c <= "z" for c in word):
        return word

    def ends(suffix):
        return len(word) > len(suffix) and word.endswith(suffix)

    if len(word) > 5 and ends("aux"):
        word = word[:-2] + "l"
    elif ends("s") and not ends("ss") and not ends("us") and not ends("is"):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if ends(suffix) and len(word) - len(suffix) >= 4:
            before = word[-len(suffix) - 1]
            word = word[:-len(suffix)]
            if len(word) >= 2 and word[-1] == word[-2] and before not in "aeiouy" and before not in "lsz":
                word = word[:-1]
            break
    if len(word) > 3 and word[-1] == "y" and word[-2] not in "aeiouy":
        word = word[:-1] + "i"
    elif len(word) > 4 and word[-1] == "e":
        word = word[:-1]
    return word


if __name__ == "__main__":
    main()
