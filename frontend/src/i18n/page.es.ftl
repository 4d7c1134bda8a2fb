## The centre's page (`/c/{code}`), rendered by the server (server/src/pages): what a
## poster scan opens, readable before any wasm. Not compiled into the apps.
centre-managed-by = Gestionado por { $organisation }
centre-where = Dónde está
centre-hours = Horario de apertura
centre-hours-none = Con cita previa: pregunta al centro.
centre-weekly = { $hours } horas a la semana
centre-other-sites = Otras sedes
centre-actions = Qué puedes hacer aquí
centre-poster = Imprimir el cartel con el código QR
centre-not-found = No encontramos este centro. Revisa el código escrito en el cartel.
action-survey = Pon a prueba tus competencias digitales
action-survey-text = Diez minutos de preguntas sencillas, para saber por dónde empezar.
action-feedback-text = Ayúdanos a mejorar SPID, pagoPA, App IO y los demás servicios.
site-main = Sede principal
site-branch = Sede secundaria
site-mobile = Sede móvil
site-seasonal = Sede de temporada
day-mon = Lunes
day-tue = Martes
day-wed = Miércoles
day-thu = Jueves
day-fri = Viernes
day-sat = Sábado
day-sun = Domingo
action-register-other = Registrar a otra persona
action-register-other-text = Este teléfono ya tiene un pase: también puedes registrar a un familiar o a un amigo.

## /privacy: what Ponte keeps on the phone (rendered by the server).
device-title = Privacidad y cookies
device-intro = Ponte no usa cookies de perfilado, publicidad ni herramientas de otros sitios. En tu teléfono guarda solo lo que hace falta para usar el servicio, y nadie lo lee desde fuera.
device-cookie = Una cookie técnica, «ponte_lang», con el idioma que elegiste: dura un año y sirve solo para este sitio.
device-pass = Tu pase, para anotar las visitas sin registrarte de nuevo.
device-outbox = Lo que enviaste sin conexión, hasta que llega, y lo que el servidor no aceptó, hasta que lo hayas leído.
device-visit = La última visita anotada y la sede del cartel escaneado hoy, para ofrecerte las preguntas sobre la visita e indicar dónde estabas.
device-survey = Las respuestas al test de competencias mientras lo haces, para seguir desde donde lo dejaste.
device-notice = Qué versión de la información sobre privacidad has leído.
device-id = Un número elegido al azar que distingue este teléfono, para frenar a quien envía demasiadas solicitudes.
device-forget = Para borrarlo todo, borra los datos del sitio en la configuración del navegador. En la tableta del centro todo se borra solo cuando terminas.
device-data = Cómo se tratan los datos que das al centro (codice fiscale, nombre, servicios) lo explica la información sobre privacidad de tu programa, en el formulario de registro.

## /accessibility: the accessibility statement (AgID model), rendered by the server.
a11y-title = Declaración de accesibilidad
a11y-intro = Las administraciones que usan Ponte para sus centros de facilitación digital se comprometen a hacerlo accesible, como exige la ley italiana n.º 4 del 9 de enero de 2004. Esta declaración se refiere a las páginas de Ponte para la ciudadanía (la página del centro, el registro, el pase, la visita, el test de competencias, las preguntas sobre la visita, los avisos), a la tableta del centro y a la consola del personal.
a11y-status-title = Estado de cumplimiento
a11y-status = Ponte cumple parcialmente los requisitos de la norma UNI CEN/EN 301549 (WCAG 2.1, nivel AA), por los contenidos no accesibles que se indican más abajo.
a11y-gaps-title = Contenidos no accesibles
a11y-gap-languages = Las pantallas para la ciudadanía, el puesto del centro, la consola del personal, la página que se muestra sin conexión y el test de competencias digitales están en ocho idiomas (italiano, inglés, rumano, albanés, árabe, ucraniano, chino y español). Las traducciones todavía no han sido revisadas por hablantes nativos: si encuentras una frase equivocada o poco clara, avísanos de ella como de una barrera.
a11y-gap-camera = En la tableta del centro el pase se puede mostrar a la cámara; quien no pueda hacerlo escribe el código del pase o pregunta al facilitador.
a11y-gap-manual = Las páginas se prueban con herramientas automáticas, y el registro, la visita, el test de competencias y los avisos también solo con el teclado; la prueba completa con lectores de pantalla todavía no se ha hecho.
a11y-method-title = Cómo se hizo esta declaración
a11y-method = Autoevaluación, el 3 de diciembre de 2026: con cada cambio, las pruebas automáticas revisan con axe-core (reglas WCAG 2.1 A y AA), y midiendo los controles (al menos 44 × 44 píxeles), las páginas para la ciudadanía, la tableta del centro y la consola del personal, en italiano y en árabe; una prueba solo con el teclado recorre el registro, la visita, el test de competencias y un aviso; Lighthouse revisa la página del centro y el registro (accesibilidad 100 sobre 100).
a11y-feedback-title = Avisar de un problema de accesibilidad
a11y-feedback = Si encuentras una barrera, o una página que no puedes usar, escribe a la administración de tu programa, o díselo a los facilitadores del centro: te ayudan enseguida y el aviso llega a la administración. Tienen que responderte en un plazo de 30 días.
a11y-agid = Si la respuesta no llega o no te satisface, puedes dirigirte al defensor cívico para lo digital (difensore civico per il digitale) de la Agencia para la Italia Digital (AgID), desde el sitio agid.gov.it.
