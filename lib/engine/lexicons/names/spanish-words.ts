// Everyday Spanish words that the name lists also hold as given names or surnames ("feliz",
// "luz", "cielo", "domingo"). In a bilingual post they are mostly the word, so, like the English
// everyday-word names, they are names only with context (a title, a naming phrase, a person verb).
// General vocabulary (adjectives, greetings, kin and feast words, days), not taken from any draft.
export const SPANISH_WORDS = new Set(
  ('feliz felices alegre contento contenta bonita bonito lindo bella bello hermosa hermoso guapa guapo dulce ' +
    'buena bueno mejor blanco negro negra rubio rubia moreno morena chica chico nino ' +
    'paz sol mar cielo flor amor gracia gracias fe ' +
    'rey reina verdad ' +
    'navidad pascua domingo lunes martes sabado abril mayo junio julio agosto ' +
    'abuela abuelo tia tio prima primo hermana hermano mija mijo hija hijo madre padre mama papa jefe jefa ' +
    'amigo amiga novio novia vecino vecina doctora enfermera maestra maestro senora senor don dona ' +
    'familia casa vida mundo corazon alma salud suerte bendicion bendiciones animo fuerza valiente').split(' '),
);
