app-name = Ponte
app-tagline = Punti Digitale Facile
skip-to-content = Ir al contenido
language = Idioma
footer-text = Ponte es el software libre de los centros de ayuda digital (PNRR M1C1 1.7.2).
loading = Cargando…
retry = Reintentar
error-network = No podemos conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.
error-generic = Algo no ha funcionado. Vuelve a intentarlo en un momento.

home-title = Encuentra tu centro de ayuda digital
home-intro = En los centros hay personas que te ayudan, gratis, a usar SPID, CIE, App IO, pagoPA, la historia clínica digital (fascicolo sanitario) y los demás servicios digitales.
home-region = Región
home-region-choose = Elige la región
home-province = Provincia
home-province-all = Todas las provincias
home-search = Nombre, municipio, dirección o código del centro
home-search-hint = Por ejemplo: biblioteca, Prato, TOS-012
home-choose-region = Elige una región para ver los centros.
home-results = { $count ->
    [0] No se encontró ningún centro. Prueba a quitar un filtro.
    [one] 1 centro encontrado
   *[other] { $count } centros encontrados
}
home-show-more = Ver más centros

centre-search-other = Buscar otro centro

action-register = Regístrate
action-feedback = Avisar de un problema con un servicio público digital

poster-scan = Apunta la cámara del teléfono al código para registrarte y anotar tus visitas.
poster-or-visit = O entra en
poster-print = Imprimir el cartel
poster-back = Volver a la página del centro

not-found-title = Página no encontrada
not-found-text = La dirección que abriste no existe.

## Centre page: the one-tap check-in
checkin-button = Anotar mi visita
outbox-waiting = Pendiente de envío: { $what }.
outbox-waiting-checkin = { $count ->
    [one] 1 visita
   *[other] { $count } visitas
}
outbox-waiting-survey = { $count ->
    [one] 1 test de competencias
   *[other] { $count } tests de competencias
}
outbox-waiting-feedback = { $count ->
    [one] 1 aviso
   *[other] { $count } avisos
}
outbox-waiting-experience = { $count ->
    [one] 1 cuestionario sobre la visita
   *[other] { $count } cuestionarios sobre las visitas
}
experience-offer = ¿Cómo te fue? Responde 6 preguntas (1 minuto)
footer-privacy = Privacidad y cookies
footer-a11y = Accesibilidad
display-choice = Visualización
display-large = Texto más grande
display-contrast = Alto contraste
