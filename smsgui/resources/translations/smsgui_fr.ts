<?xml version='1.0' encoding='utf-8'?>
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
        <source>Also replace diacritics in the contacts' values</source>
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
    <message>
        <source>{people} recipients × {parts} SMS = {total} SMS</source>
        <translation>{people} destinataires × {parts} SMS = {total} SMS</translation>
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
        <source>No contacts yet. Import the spreadsheet with your customers' numbers.</source>
        <translation>Pas encore de contacts. Importez le tableur avec les numéros de vos clients.</translation>
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
    <message>
        <source>{count} numbers added.</source>
        <translation>{count} numéros ajoutés.</translation>
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
    <message>
        <source>{count} recipients</source>
        <translation>{count} destinataires</translation>
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
        <source>{count} numbers added to the do-not-contact list.</source>
        <translation>{count} numéros ajoutés à la liste à ne pas contacter.</translation>
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
    <name>ResultsDialog</name>
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
    <message>
        <source>Schedule 1 message</source>
        <translation>Programmer 1 message</translation>
    </message>
    <message>
        <source>Schedule {count} messages</source>
        <translation>Programmer {count} messages</translation>
    </message>
    <message>
        <source>Send 1 message</source>
        <translation>Envoyer 1 message</translation>
    </message>
    <message>
        <source>Send {count} messages</source>
        <translation>Envoyer {count} messages</translation>
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
    <message>
        <source>Campaign {id} was interrupted: {pending} messages are not sent yet.</source>
        <translation>La campagne {id} a été interrompue : {pending} messages ne sont pas encore envoyés.</translation>
    </message>
    <message>
        <source>{count} may or may not have been sent (the answer never came): {numbers}</source>
        <translation>{count} ont peut-être été envoyés, peut-être pas (la réponse n’est jamais venue) : {numbers}</translation>
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
</TS>