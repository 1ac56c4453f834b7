<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ComposerPanel</name>
    <message>
        <source>2 · Message</source>
        <translation>2 · Message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write the message your customers receive…</source>
        <translation>Écrivez le message que vos clients recevront…</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Longueur du message</translation>
    </message>
    <message>
        <source>Message problems</source>
        <translation>Problèmes du message</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Replace &amp;diacritics</source>
        <translation>Remplacer les &amp;accents</translation>
    </message>
    <message>
        <source>ș→s, ț→t, ă→a, î→i, typographic quotes and dashes → plain ones</source>
        <translation>ș→s, ț→t, ă→a, î→i, guillemets et tirets typographiques → simples</translation>
    </message>
    <message>
        <source>Also replace diacritics in the contacts&apos; values</source>
        <translation>Remplacer aussi les accents des contacts</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Insérer un &amp;champ</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Import contacts to use their columns in the message</source>
        <translation>Importez les contacts pour utiliser leurs colonnes dans le message</translation>
    </message>
    <message>
        <source>{count} / {limit} characters · {parts} SMS</source>
        <translation>{count} / {limit} caractères · {parts} SMS</translation>
    </message>
    <message>
        <source>{chars} characters · {parts} SMS (longest: row {row})</source>
        <translation>{chars} caractères · {parts} SMS (le plus long : ligne {row})</translation>
    </message>
    <message>
        <source>Unicode ({chars})</source>
        <translation>Unicode ({chars})</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Au moins {n} caractères.</translation>
    </message>
    <message>
        <source>{over} characters too many: the service takes at most {n}.</source>
        <translation>{over} caractères de trop : le service en accepte au plus {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) × {parts} SMS = {total} SMS</source>
        <translation>
            <numerusform>%Ln destinataire × {parts} SMS = {total} SMS</numerusform>
            <numerusform>%Ln destinataires × {parts} SMS = {total} SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row} receives: {message}</source>
        <translation>La ligne {row} reçoit : {message}</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>&amp;Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Send the campaign?</source>
        <translation>Envoyer la campagne ?</translation>
    </message>
    <message>
        <source>Send a &amp;test to my number first</source>
        <translation>Envoyer d’abord un &amp;test à mon numéro</translation>
    </message>
    <message>
        <source>My number</source>
        <translation>Mon numéro</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <translation>Votre numéro de mobile</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer le &amp;test</translation>
    </message>
    <message>
        <source>That is not a mobile number.</source>
        <translation>Ce n’est pas un numéro de mobile.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Envoi du test…</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Invalid: {reason}</source>
        <translation>Invalide : {reason}</translation>
    </message>
    <message>
        <source>Duplicate of row {row}</source>
        <translation>Doublon de la ligne {row}</translation>
    </message>
    <message>
        <source>Not mobile ({kind})</source>
        <translation>Pas un mobile ({kind})</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>1 · Contacts</source>
        <translation>1 · Contacts</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Try with &amp;sample contacts</source>
        <translation>Essayer avec des contacts d’&amp;exemple</translation>
    </message>
    <message>
        <source>Eight made-up customers, to try every step</source>
        <translation>Huit clients fictifs, pour essayer chaque étape</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalides</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Not mobile</source>
        <translation>Pas des mobiles</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher dans les contacts</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Contacts summary</source>
        <translation>Résumé des contacts</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Never text these</source>
        <translation>Ne plus &amp;écrire</translation>
    </message>
    <message>
        <source>Add the selected numbers to the do-not-contact list</source>
        <translation>Ajouter les numéros choisis à la liste à ne pas contacter</translation>
    </message>
    <message>
        <source>&amp;Export invalid rows…</source>
        <translation>&amp;Exporter les invalides…</translation>
    </message>
    <message>
        <source>No contacts yet. Import the spreadsheet with your customers&apos; numbers.</source>
        <translation>Pas encore de contacts. Importez le tableur avec les numéros de vos clients.</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>Feuilles de calcul ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing changed.</source>
        <translation>Import annulé ; rien n’a changé.</translation>
    </message>
    <message>
        <source>The file could not be imported because of an unexpected error.</source>
        <translation>Le fichier n’a pas pu être importé à cause d’une erreur inattendue.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Export invalid rows</source>
        <translation>Exporter les lignes invalides</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>invalid rows saved to {name}</source>
        <translation>lignes invalides enregistrées dans {name}</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>3 · When and how</source>
        <translation>3 · Quand et comment</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stop sending &amp;after</source>
        <translation>Arrêter &amp;après</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>smsadvert &amp;network</source>
        <translation>Réseau &amp;smsadvert</translation>
    </message>
    <message>
        <source>&amp;My phones</source>
        <translation>&amp;Mes téléphones</translation>
    </message>
    <message>
        <source>If my phones cannot send, use the smsadvert network</source>
        <translation>Sinon, passer par le réseau smsadvert</translation>
    </message>
    <message>
        <source>Delivery report address</source>
        <translation>Adresse des rapports de livraison</translation>
    </message>
    <message>
        <source>Optional: https://… to receive delivery reports</source>
        <translation>Facultatif : https://… pour les rapports</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Through:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Rapports :</translation>
    </message>
    <message>
        <source>Delivery problems</source>
        <translation>Problèmes de livraison</translation>
    </message>
    <message>
        <source>A stop time only applies to a scheduled campaign: choose Schedule.</source>
        <translation>L’heure d’arrêt ne vaut que pour une campagne programmée : choisissez Programmer.</translation>
    </message>
    <message>
        <source>The start time is in the past.</source>
        <translation>L’heure de début est passée.</translation>
    </message>
    <message>
        <source>The stop time comes before the start.</source>
        <translation>L’heure d’arrêt précède le début.</translation>
    </message>
    <message>
        <source>The report address must start with http:// or https://.</source>
        <translation>L’adresse des rapports doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Aujourd’hui {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Demain {time}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>my phones</source>
        <translation>mes téléphones</translation>
    </message>
    <message>
        <source> with fallback</source>
        <translation> avec secours</translation>
    </message>
    <message>
        <source>smsadvert network</source>
        <translation>réseau smsadvert</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <source>Do-not-contact list</source>
        <translation>Liste à ne pas contacter</translation>
    </message>
    <message>
        <source>Numbers never texted</source>
        <translation>Numéros à qui ne jamais écrire</translation>
    </message>
    <message>
        <source>Numbers to add</source>
        <translation>Numéros à ajouter</translation>
    </message>
    <message>
        <source>Type numbers, separated by commas</source>
        <translation>Tapez les numéros, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation>Ajouter depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added.</source>
        <translation>
            <numerusform>%Ln numéro ajouté.</numerusform>
            <numerusform>%Ln numéros ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not phone numbers: {values}</source>
        <translation>Pas des numéros de téléphone : {values}</translation>
    </message>
    <message>
        <source>Add numbers from a file</source>
        <translation>Ajouter des numéros depuis un fichier</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Campaign history</source>
        <translation>Historique des campagnes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertains</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>&amp;Open results</source>
        <translation>&amp;Ouvrir les résultats</translation>
    </message>
    <message>
        <source>&amp;Duplicate as new</source>
        <translation>&amp;Dupliquer en nouvelle campagne</translation>
    </message>
    <message>
        <source>smsadvert network</source>
        <translation>réseau smsadvert</translation>
    </message>
    <message>
        <source>my phones + fallback</source>
        <translation>mes téléphones + secours</translation>
    </message>
    <message>
        <source>my phones</source>
        <translation>mes téléphones</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Phone column</source>
        <translation>Colonne du téléphone</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ligne d’&amp;en-tête :</translation>
    </message>
    <message>
        <source>&amp;Phone column:</source>
        <translation>Colonne du &amp;téléphone :</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Premières lignes :</translation>
    </message>
    <message>
        <source>(choose the column with the numbers)</source>
        <translation>(choisissez la colonne des numéros)</translation>
    </message>
    <message>
        <source>No column looks like phone numbers: choose it above.</source>
        <translation>Aucune colonne ne ressemble à des numéros : choisissez-la ci-dessus.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>This sheet cannot be read.</source>
        <translation>Cette feuille ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Messages go to the built-in simulator: no real SMS is sent.</source>
        <translation>&lt;b&gt;Mode démo.&lt;/b&gt; Les messages vont au simulateur intégré : aucun vrai SMS n’est envoyé.</translation>
    </message>
    <message>
        <source>Enter your API &amp;token…</source>
        <translation>Saisir votre &amp;jeton API…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Export &amp;invalid rows…</source>
        <translation>Exporter les lignes &amp;invalides…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Replace &amp;diacritics</source>
        <translation>Remplacer les &amp;accents</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Send a &amp;test…</source>
        <translation>Envoyer un &amp;test…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Do-not-contact list…</source>
        <translation>Liste à &amp;ne pas contacter…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About smsgui</source>
        <translation>&amp;À propos de smsgui</translation>
    </message>
    <message>
        <source>About smsgui</source>
        <translation>À propos de smsgui</translation>
    </message>
    <message>
        <source>smsgui {version}
Send SMS campaigns through smsadvert.

Data folder: {folder}</source>
        <translation>smsgui {version}
Envoyez des campagnes SMS via smsadvert.

Dossier des données : {folder}</translation>
    </message>
    <message>
        <source>1 · Contacts</source>
        <translation>1 · Contacts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the do-not-contact list.</source>
        <translation>
            <numerusform>%Ln numéro ajouté à la liste d’exclusion.</numerusform>
            <numerusform>%Ln numéros ajoutés à la liste d’exclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API token is stored.</source>
        <translation>Aucun jeton d’API n’est enregistré.</translation>
    </message>
    <message>
        <source>{parts} SMS each</source>
        <translation>{parts} SMS chacun</translation>
    </message>
    <message>
        <source>2 · Message</source>
        <translation>2 · Message</translation>
    </message>
    <message>
        <source>3 · When and how</source>
        <translation>3 · Quand et comment</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>Looking for the API token…</source>
        <translation>Recherche du jeton API…</translation>
    </message>
    <message>
        <source>Demo mode: built-in simulator, no real SMS</source>
        <translation>Mode démo : simulateur intégré, aucun vrai SMS</translation>
    </message>
    <message>
        <source>Real mode · token in the system keyring</source>
        <translation>Mode réel · jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>Real mode · token from SMSGUI_TOKEN</source>
        <translation>Mode réel · jeton depuis SMSGUI_TOKEN</translation>
    </message>
    <message>
        <source>Real mode · token kept for this session only</source>
        <translation>Mode réel · jeton gardé pour cette session seulement</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Augmenter</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Diminuer</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Voir dans :</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier :</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fichiers de type :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Emplacements récents</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fic&amp;hiers cachés</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Aller à l’élément précédent</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Aller à l’élément suivant</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Aller au dossier parent</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Passer à la vue en liste</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Passer à la vue détaillée</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Le fichier %1 existe déjà.
Voulez-vous l’écraser ?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fichier introuvable.
Veuillez vérifier que le nom du fichier est correct.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Montrer les détails…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Treated as sent</source>
        <translation>Considéré comme envoyé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertains</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln accepté</numerusform>
            <numerusform>%Ln acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln treated as sent</source>
        <translation>
            <numerusform>%Ln considéré comme envoyé</numerusform>
            <numerusform>%Ln considérés comme envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln refusé</numerusform>
            <numerusform>%Ln refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln échoué</numerusform>
            <numerusform>%Ln échoués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln incertain</numerusform>
            <numerusform>%Ln incertains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent yet</source>
        <translation>
            <numerusform>%Ln pas encore envoyé</numerusform>
            <numerusform>%Ln pas encore envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending</source>
        <translation>
            <numerusform>%Ln en cours d’envoi</numerusform>
            <numerusform>%Ln en cours d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Campaign {id}: results</source>
        <translation>Campagne {id} : résultats</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>{created} (for {start})</source>
        <translation>{created} (pour {start})</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>4 · Send</source>
        <translation>4 · Envoi</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Rien envoyé pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>encore environ {time}</translation>
    </message>
    <message>
        <source>{done} / {total} sent</source>
        <translation>{done} / {total} envoyés</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %Ln message(s)</source>
        <translation>
            <numerusform>Programmer %Ln message</numerusform>
            <numerusform>Programmer %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln message(s)</source>
        <translation>
            <numerusform>Envoyer %Ln message</numerusform>
            <numerusform>Envoyer %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingFlow</name>
    <message>
        <source>Demo mode: no real SMS is sent.</source>
        <translation>Mode démo : aucun vrai SMS n’est envoyé.</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <source>Test sent to {number}.</source>
        <translation>Test envoyé au {number}.</translation>
    </message>
    <message>
        <source>Sending campaign {id}…</source>
        <translation>Envoi de la campagne {id}…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Envoi arrêté</translation>
    </message>
    <message>
        <source>An unexpected error stopped sending.</source>
        <translation>Une erreur inattendue a arrêté l’envoi.</translation>
    </message>
    <message>
        <source>Campaign {id} done.</source>
        <translation>Campagne {id} terminée.</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Le journal ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Unfinished campaign</source>
        <translation>Campagne inachevée</translation>
    </message>
    <message numerus="yes">
        <source>Campaign {id} was interrupted: %Ln message(s) not sent yet.</source>
        <translation>
            <numerusform>La campagne {id} a été interrompue : %Ln message n’est pas encore envoyé.</numerusform>
            <numerusform>La campagne {id} a été interrompue : %Ln messages ne sont pas encore envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln may or may not have been sent (the answer never came): {numbers}</source>
        <translation>
            <numerusform>%Ln message a peut-être été envoyé, ou non (la réponse n’est jamais arrivée) : {numbers}</numerusform>
            <numerusform>%Ln messages ont peut-être été envoyés, ou non (la réponse n’est jamais arrivée) : {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Send those again (may duplicate)</source>
        <translation>Les renvoyer (risque de doublon)</translation>
    </message>
    <message>
        <source>Treat those as sent</source>
        <translation>Les considérer comme envoyés</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reprendre l’envoi</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>No campaign has been sent yet.</source>
        <translation>Aucune campagne n’a encore été envoyée.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Results saved to {name}.</source>
        <translation>Résultats enregistrés dans {name}.</translation>
    </message>
    <message>
        <source>Messages are being sent</source>
        <translation>Des messages sont en cours d’envoi</translation>
    </message>
    <message>
        <source>Stop sending and close? The messages on their way are recorded first; the rest can be sent later (Campaign › History, or at the next start).</source>
        <translation>Arrêter l’envoi et fermer ? Les messages en route sont d’abord enregistrés ; le reste pourra être envoyé plus tard (Campagne › Historique, ou au prochain démarrage).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <source>Paste the token from your smsadvert account</source>
        <translation>Collez le jeton de votre compte smsadvert</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;Oublier le jeton</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>Pays par défaut des numéros de téléphone</translation>
    </message>
    <message>
        <source>Messages sent at the same time</source>
        <translation>Messages envoyés en même temps</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton API :</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;Pays par défaut :</translation>
    </message>
    <message>
        <source>Requests at the same &amp;time:</source>
        <translation>Requêtes en même &amp;temps :</translation>
    </message>
    <message>
        <source>&amp;Language (from the next start):</source>
        <translation>&amp;Langue (au prochain démarrage) :</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l’API :</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>No secure password store</source>
        <translation>Aucun coffre de mots de passe sûr</translation>
    </message>
    <message>
        <source>Keep the token for this session only?</source>
        <translation>Garder le jeton pour cette session seulement ?</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Something went wrong ({kind}). The details are in the log: {log}</source>
        <translation>Un problème est survenu ({kind}). Les détails sont dans le journal : {log}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>There is no phone number to send to.</source>
        <translation>Il n’y a aucun numéro de téléphone auquel envoyer.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number in international form (like +40740123456).</source>
        <translation>« {value} » n’est pas un numéro de téléphone au format international (comme +40740123456).</translation>
    </message>
    <message>
        <source>The list of numbers ends with a comma.</source>
        <translation>La liste de numéros se termine par une virgule.</translation>
    </message>
    <message>
        <source>{value} numbers in one request; the service takes at most 1000.</source>
        <translation>{value} numéros dans une seule demande ; le service en accepte au plus 1000.</translation>
    </message>
    <message>
        <source>There is no message text.</source>
        <translation>Le message n’a pas de texte.</translation>
    </message>
    <message>
        <source>The message has {value} characters; it needs at least 3.</source>
        <translation>Le message a {value} caractères ; il en faut au moins 3.</translation>
    </message>
    <message>
        <source>The message has {value} characters; the service takes at most 480.</source>
        <translation>Le message a {value} caractères ; le service en accepte au plus 480.</translation>
    </message>
    <message>
        <source>The channel must be the smsadvert network or your own phones.</source>
        <translation>Le canal doit être le réseau smsadvert ou vos propres téléphones.</translation>
    </message>
    <message>
        <source>The date {value} is not a valid time.</source>
        <translation>La date {value} n’est pas un moment valide.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>Fallback can only be the smsadvert network.</source>
        <translation>Le secours ne peut être que le réseau smsadvert.</translation>
    </message>
    <message>
        <source>Fallback to the smsadvert network only applies when sending from your own phones.</source>
        <translation>Le secours par le réseau smsadvert ne s’applique qu’aux envois depuis vos propres téléphones.</translation>
    </message>
    <message>
        <source>The delivery-report address “{value}” is not an http(s) web address.</source>
        <translation>L’adresse des accusés de réception « {value} » n’est pas une adresse web http(s).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address.</source>
        <translation>« {address} » n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address (it should start with https://).</source>
        <translation>« {address} » n’est pas une adresse web (elle devrait commencer par https://).</translation>
    </message>
    <message>
        <source>“{address}” is not encrypted (http). Use an https:// address so the token is never sent in clear text.</source>
        <translation>« {address} » n’est pas chiffrée (http). Utilisez une adresse https:// pour que le jeton ne circule jamais en clair.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Accepté.</translation>
    </message>
    <message>
        <source>The service refused the API token. Check it in Settings.</source>
        <translation>Le service a refusé le jeton d’API. Vérifiez-le dans les Paramètres.</translation>
    </message>
    <message>
        <source>(The service said: {detail})</source>
        <translation>(Le service a répondu : {detail})</translation>
    </message>
    <message>
        <source>The service asks to slow down.</source>
        <translation>Le service demande de ralentir.</translation>
    </message>
    <message>
        <source>The service could not take the message: {reason}</source>
        <translation>Le service n’a pas pu prendre le message : {reason}</translation>
    </message>
    <message>
        <source>The service gave an unexpected answer, so the message may or may not have been taken ({answer}).</source>
        <translation>Le service a donné une réponse inattendue : le message a peut-être été pris, ou non ({answer}).</translation>
    </message>
    <message>
        <source>The service gave an unexpected answer ({answer}).</source>
        <translation>Le service a donné une réponse inattendue ({answer}).</translation>
    </message>
    <message>
        <source>The service did not answer the connection.</source>
        <translation>Le service n’a pas répondu à la connexion.</translation>
    </message>
    <message>
        <source>The secure connection to the service could not be verified ({reason}).</source>
        <translation>La connexion sécurisée au service n’a pas pu être vérifiée ({reason}).</translation>
    </message>
    <message>
        <source>Could not connect to the service ({reason}).</source>
        <translation>Impossible de se connecter au service ({reason}).</translation>
    </message>
    <message>
        <source>Too many requests were waiting to be sent.</source>
        <translation>Trop de demandes attendaient d’être envoyées.</translation>
    </message>
    <message>
        <source>The service address is not usable.</source>
        <translation>L’adresse du service n’est pas utilisable.</translation>
    </message>
    <message>
        <source>The service took too long to answer, so the message may or may not have been taken.</source>
        <translation>Le service a mis trop de temps à répondre : le message a peut-être été pris, ou non.</translation>
    </message>
    <message>
        <source>The connection was dropped before the service answered, so the message may or may not have been taken.</source>
        <translation>La connexion a été coupée avant la réponse du service : le message a peut-être été pris, ou non.</translation>
    </message>
    <message>
        <source>The connection failed while the message was being sent, so it may or may not have been taken.</source>
        <translation>La connexion a échoué pendant l’envoi du message : il a peut-être été pris, ou non.</translation>
    </message>
    <message>
        <source>The request failed ({error}), so the message may or may not have been taken.</source>
        <translation>La demande a échoué ({error}) : le message a peut-être été pris, ou non.</translation>
    </message>
    <message>
        <source>There is no API token.</source>
        <translation>Il n’y a pas de jeton d’API.</translation>
    </message>
    <message>
        <source>The API token has characters a token cannot have.</source>
        <translation>Le jeton d’API contient des caractères qu’un jeton ne peut pas avoir.</translation>
    </message>
    <message>
        <source>There are no recipients yet: import your contacts.</source>
        <translation>Il n’y a pas encore de destinataires : importez vos contacts.</translation>
    </message>
    <message>
        <source>The delivery-report address “{address}” is not a web address starting with http:// or https://.</source>
        <translation>L’adresse des accusés de réception « {address} » n’est pas une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Écrivez le message.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The message uses {placeholder}, but the contacts have no such column (columns: {columns}).</source>
        <translation>Le message utilise {placeholder}, mais les contacts n’ont pas cette colonne (colonnes : {columns}).</translation>
    </message>
    <message numerus="yes">
        <source>The message for row {row} would have {length} characters; the service takes at most {limit} (%Ln recipient(s) in all).</source>
        <translation>
            <numerusform>Le message de la ligne {row} aurait {length} caractères ; le service en accepte au plus {limit} (%Ln destinataire en tout).</numerusform>
            <numerusform>Le message de la ligne {row} aurait {length} caractères ; le service en accepte au plus {limit} (%Ln destinataires en tout).</numerusform>
        </translation>
    </message>
    <message>
        <source>The message for row {row} would have {length} characters; the service takes at most {limit}.</source>
        <translation>Le message de la ligne {row} aurait {length} caractères ; le service en accepte au plus {limit}.</translation>
    </message>
    <message>
        <source>The message would have {length} characters; the service takes at most {limit}.</source>
        <translation>Le message aurait {length} caractères ; le service en accepte au plus {limit}.</translation>
    </message>
    <message>
        <source>The message for row {row} would have fewer than {limit} characters.</source>
        <translation>Le message de la ligne {row} aurait moins de {limit} caractères.</translation>
    </message>
    <message>
        <source>The message would have fewer than {limit} characters.</source>
        <translation>Le message aurait moins de {limit} caractères.</translation>
    </message>
    <message>
        <source>A time has no time zone.</source>
        <translation>Une heure n’a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>The start time is in the past.</source>
        <translation>L’heure de début est passée.</translation>
    </message>
    <message>
        <source>The end time is in the past.</source>
        <translation>L’heure de fin est passée.</translation>
    </message>
    <message>
        <source>{recipients}, {parts} in total.</source>
        <translation>{recipients}, {parts} au total.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln partie SMS</numerusform>
            <numerusform>%Ln parties SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Through the smsadvert network.</source>
        <translation>Par le réseau smsadvert.</translation>
    </message>
    <message>
        <source>Through your own phones with fallback to the smsadvert network.</source>
        <translation>Par vos propres téléphones, avec secours par le réseau smsadvert.</translation>
    </message>
    <message>
        <source>Through your own phones.</source>
        <translation>Par vos propres téléphones.</translation>
    </message>
    <message>
        <source>When: now.</source>
        <translation>Quand : maintenant.</translation>
    </message>
    <message>
        <source>When: {time}.</source>
        <translation>Quand : {time}.</translation>
    </message>
    <message>
        <source>Stops at {time}.</source>
        <translation>S’arrête à {time}.</translation>
    </message>
    <message>
        <source>Left out: {rows}.</source>
        <translation>Laissés de côté : {rows}.</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Colonne {letter}</translation>
    </message>
    <message>
        <source>duplicate of row {row}</source>
        <translation>doublon de la ligne {row}</translation>
    </message>
    <message>
        <source>on the do-not-contact list</source>
        <translation>dans la liste d’exclusion</translation>
    </message>
    <message>
        <source>not a mobile number ({kind})</source>
        <translation>pas un numéro de mobile ({kind})</translation>
    </message>
    <message>
        <source>Original row</source>
        <translation>Ligne d’origine</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalide</numerusform>
            <numerusform>%Ln invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln doublon</numerusform>
            <numerusform>%Ln doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not mobile</source>
        <translation>
            <numerusform>%Ln pas mobile</numerusform>
            <numerusform>%Ln pas mobiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do-not-contact</source>
        <translation>
            <numerusform>%Ln exclu</numerusform>
            <numerusform>%Ln exclus</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no column number {number}.</source>
        <translation>Il n’y a pas de colonne numéro {number}.</translation>
    </message>
    <message>
        <source>There is no column “{column}”. The columns are: {columns}.</source>
        <translation>Il n’y a pas de colonne « {column} ». Les colonnes sont : {columns}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>La feuille « {sheet} » est vide.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has column names but no contacts under them.</source>
        <translation>La feuille « {sheet} » a des noms de colonnes mais aucun contact en dessous.</translation>
    </message>
    <message>
        <source>No column of the sheet “{sheet}” looks like phone numbers. Choose the phone column yourself.</source>
        <translation>Aucune colonne de la feuille « {sheet} » ne ressemble à des numéros de téléphone. Choisissez vous-même la colonne des téléphones.</translation>
    </message>
    <message>
        <source>The message has a broken character in it (often from pasted text).</source>
        <translation>Le message contient un caractère cassé (souvent dans un texte collé).</translation>
    </message>
    <message>
        <source>The journal {path} cannot be opened ({error}). It may be damaged or in use by a newer smsgui.</source>
        <translation>Le journal {path} ne peut pas être ouvert ({error}). Il est peut-être endommagé ou utilisé par une version plus récente de smsgui.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a template named “{name}”.</source>
        <translation>Il existe déjà un modèle nommé « {name} ».</translation>
    </message>
    <message>
        <source>The program stopped while this was being sent; it may or may not have arrived.</source>
        <translation>Le programme s’est arrêté pendant cet envoi ; il est peut-être arrivé, ou non.</translation>
    </message>
    <message>
        <source>Treated as sent.</source>
        <translation>Considéré comme envoyé.</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>numéro surtaxé</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>numéro à coût partagé</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>numéro personnel</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bip</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>numéro d’entreprise</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>pas de numéro de téléphone</translation>
    </message>
    <message>
        <source>not a mobile</source>
        <translation>pas un mobile</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>pas un numéro de mobile</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>indicatif de pays inconnu</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>pas un numéro valide</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>pas un nombre entier</translation>
    </message>
    <message>
        <source>a date, not a phone number</source>
        <translation>une date, pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>shortened by Excel to scientific notation (like 4.07E+10)</source>
        <translation>raccourci par Excel en notation scientifique (comme 4,07E+10)</translation>
    </message>
    <message>
        <source>has letters in it</source>
        <translation>contient des lettres</translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring), so the API token cannot be saved. It can be kept for this session only and must be entered again next time.</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe sécurisé (trousseau), le jeton d’API ne peut donc pas être enregistré. Il peut être gardé pour cette session seulement et devra être saisi de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>The API token comes from the {variable} environment variable.</source>
        <translation>Le jeton d’API vient de la variable d’environnement {variable}.</translation>
    </message>
    <message>
        <source>The API token is kept in memory for this session only.</source>
        <translation>Le jeton d’API est gardé en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>The API token is stored in the system keyring ({keyring}).</source>
        <translation>Le jeton d’API est enregistré dans le trousseau du système ({keyring}).</translation>
    </message>
    <message>
        <source>No API token is stored, and this computer has no secure password store.</source>
        <translation>Aucun jeton d’API n’est enregistré, et cet ordinateur n’a pas de coffre à mots de passe sécurisé.</translation>
    </message>
    <message>
        <source>No API token is stored (it would go to the system keyring: {keyring}).</source>
        <translation>Aucun jeton d’API n’est enregistré (il irait dans le trousseau du système : {keyring}).</translation>
    </message>
    <message>
        <source>The system keyring could not be read; it may be locked.</source>
        <translation>Le trousseau du système n’a pas pu être lu ; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the token; it may be locked.</source>
        <translation>Le trousseau du système a refusé d’enregistrer le jeton ; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>The system keyring refused to delete the token; it may be locked.</source>
        <translation>Le trousseau du système a refusé de supprimer le jeton ; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>Cancelled; the messages not sent yet stay pending.</source>
        <translation>Annulé ; les messages pas encore envoyés restent en attente.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Pas envoyé.</translation>
    </message>
    <message>
        <source>There is no sheet named “{sheet}” in this file.</source>
        <translation>Il n’y a pas de feuille nommée « {sheet} » dans ce fichier.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete and cannot be read.</source>
        <translation>« {file} » est endommagé ou incomplet et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>“{file}” is a web page (an HTML table) saved with a {suffix} name, not a real spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx or .csv, and import that file.</source>
        <translation>« {file} » est une page web (un tableau HTML) enregistrée avec l’extension {suffix}, pas une vraie feuille de calcul. Ouvrez-la dans Excel ou LibreOffice, enregistrez-la en .xlsx ou .csv, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>“{file}” is plain text, not a {suffix} workbook. If it is a list separated by commas or semicolons, rename it to .csv and import it again.</source>
        <translation>« {file} » est du texte brut, pas un classeur {suffix}. S’il s’agit d’une liste séparée par des virgules ou des points-virgules, renommez-le en .csv et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>“{file}” is protected by a password. Open it in Excel or LibreOffice, remove the password (or save an unprotected copy), and import that.</source>
        <translation>« {file} » est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe (ou enregistrez une copie non protégée), puis importez-la.</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>les fichiers sans extension</translation>
    </message>
    <message>
        <source>smsgui cannot read {kind}. Use an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV (.csv) file.</source>
        <translation>smsgui ne sait pas lire {kind}. Utilisez un fichier Excel (.xlsx, .xls), LibreOffice (.ods) ou CSV (.csv).</translation>
    </message>
    <message>
        <source>“{file}” does not exist (any more).</source>
        <translation>« {file} » n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a file.</source>
        <translation>« {file} » est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened: {error}.</source>
        <translation>« {file} » ne peut pas être ouvert : {error}.</translation>
    </message>
    <message>
        <source>“{file}” is empty.</source>
        <translation>« {file} » est vide.</translation>
    </message>
    <message>
        <source>“{file}” has no sheets.</source>
        <translation>« {file} » n’a aucune feuille.</translation>
    </message>
    <message>
        <source>The text file cannot be read as a table: {error}.</source>
        <translation>Le fichier texte ne peut pas être lu comme un tableau : {error}.</translation>
    </message>
    <message>
        <source>The message has a lone “{token}”. Write {open} or {close} for a brace, or a column&apos;s name in braces (like {example}) for its value.</source>
        <translation>Le message contient une « {token} » isolée. Écrivez {open} ou {close} pour une accolade, ou le nom d’une colonne entre accolades (comme {example}) pour sa valeur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The message has an empty placeholder “{braces}”.</source>
        <translation>Le message contient un champ vide « {braces} ».</translation>
    </message>
    <message>
        <source>The message has a lone “{token}”.</source>
        <translation>Le message contient une « {token} » isolée.</translation>
    </message>
</context>
</TS>
