// Report branding in French (see ../en/branding.ts).
import type { branding as en } from '../en/branding';

export const branding: Record<keyof typeof en, string> = {
  'brand.title': 'Habillage du rapport',
  'brand.lead':
    'Votre nom, votre logo et votre couleur d’accent sur la couverture, les titres et les graphiques de chaque rapport PDF. Ils s’appliquent à toutes les évaluations.',
  'brand.loading': 'Chargement de l’habillage…',
  'brand.error': 'L’habillage n’a pas pu être chargé.',
  'brand.name': 'Nom du consultant ou du cabinet',
  'brand.name.hint': 'Affiché sur la couverture et en pied de chaque page.',
  'brand.logo': 'Logo',
  'brand.logo.hint': 'Un fichier PNG ou JPEG de {max} au maximum. Quelques centaines de pixels de large suffisent.',
  'brand.logo.choose': 'Choisir un fichier de logo',
  'brand.logo.current': 'Logo actuel : {kind}, {width} × {height} pixels, {size}.',
  'brand.logo.none': 'Pas de logo. La couverture n’affiche que votre nom.',
  'brand.logo.remove': 'Retirer le logo',
  'brand.logo.saved': 'Logo enregistré.',
  'brand.logo.removed': 'Logo retiré.',
  'brand.logo.tooBig': '{file} pèse {size} ; la limite est de {max}. Rien n’a été modifié.',
  'brand.accent': 'Couleur d’accent',
  'brand.accent.picker': 'Choisir la couleur d’accent',
  'brand.accent.text': 'Couleur d’accent au format #rrggbb',
  'brand.accent.hint': 'Utilisée pour le bandeau de couverture, les titres et l’organisation dans les graphiques.',
  'brand.accent.default': 'Utiliser la couleur par défaut',
  'brand.accent.isDefault': 'La couleur par défaut du rapport ({colour}).',
  'brand.accent.bad': 'Saisissez la couleur sous la forme # suivi de six chiffres hexadécimaux, par exemple #0b6e4f.',
  'brand.accent.lowContrast':
    'Cette couleur a un contraste de {ratio}:1 sur fond blanc. Des titres de cette couleur risquent d’être difficiles à lire sur papier ou au vidéoprojecteur ; un contraste d’au moins 4,5:1 est recommandé.',
  'brand.accent.contrast': 'Contraste sur fond blanc : {ratio}:1.',
  'brand.preview': 'Aperçu de la couverture du rapport',
  'brand.preview.caption': 'L’aspect de la couverture du prochain rapport.',
  'brand.preview.title': 'Évaluation de la maturité de l’expérience client',
  'brand.preview.org': 'L’organisation de votre client',
  'brand.preview.by': 'Préparé par {name}',
  'brand.preview.noName': 'Ajoutez votre nom pour l’afficher ici',
  'brand.preview.logoAlt': 'Votre logo',
};
