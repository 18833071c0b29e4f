// Package hangul writes Korean in Latin letters by the Revised
// Romanization of Korean (Ministry of Culture and Tourism notice 2000-8,
// the system South Korea uses for place names, road signs and
// textbooks), for the cards that show a name's Hangul original.
//
// Romanization follows pronunciation, so the sound changes at syllable
// boundaries are written: a final consonant moves onto a following vowel
// (한국어 Hangugeo), ㄱ/ㄷ/ㅂ before ㄴ/ㅁ become ng/n/m (백마 Baengma), ㄹ
// after ㄴ or ㄹ and ㄴ after ㄹ are ll (신라 Silla, 별내 Byeollae), ㄹ after
// other consonants is n (종로 Jongno, 백리 Baengni), ㄷ/ㅌ before 이 are
// j/ch (해돋이 Haedoji), ㅎ makes a following ㄱ/ㄷ/ㅈ aspirated (좋고
// joko). As the rules say for nouns, aspiration after ㄱ/ㄷ/ㅂ is not
// written (묵호 Mukho, 집현전 Jiphyeonjeon), nor is tensing (압구정
// Apgujeong). Personal names are written family name first and apart,
// with no sound change inside the given name (한복남 Han Boknam), and the
// two syllables of a given name joined by a hyphen as the rules allow
// (Hong Gil-dong).
//
// Conventional spellings (Kim, Lee, Park; Kim Jong Un) are not RR and are
// not guessed: the glossary's English headword carries them.
package hangul
