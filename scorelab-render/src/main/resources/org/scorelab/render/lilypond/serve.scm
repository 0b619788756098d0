;; scorelab's LilyPond server: loaded with -e, it engraves one .ly file per line read from
;; standard input, as lilypond-all (scm/lily/lily.scm, LilyPond 2.24) does for the files of a
;; command line, and answers "done NAME" or "failed NAME" on standard output once the file's
;; output and its log (NAME.log, everything LilyPond says about it) are written. LilyPond starts
;; in seconds (Guile, fonts) but engraves a staff in a fraction of one, so one process serves
;; many staves. Standard input at its end stops the server.
(use-modules (ice-9 rdelim))
(define (scorelab-serve)
  (ly:reset-all-fonts)
  (ly:parse-init "declarations-init.ly")
  (let loop ((line (read-line (current-input-port))))
    (if (not (eof-object? line))
        (let* ((file (string-trim-both line))
               (base (dir-basename file ".ly"))
               (all-settings (ly:all-options))
               (ok #t)
               (err (dup 2)))
          (ly:stderr-redirect (format #f "~a.log" base) "w")
          (catch 'ly-file-failed
                 (lambda () (ly:parse-file file))
                 (lambda (x . args) (set! ok #f)))
          (ly:check-expected-warnings)
          ((@@ (lily) session-terminate))
          (for-each (lambda (s) (ly:set-option (car s) (cdr s))) all-settings)
          (ly:reset-all-fonts)
          (flush-all-ports)
          (ly:stderr-redirect err)
          (close-fdes err)
          (display (if ok "done " "failed ") (current-output-port))
          (display file (current-output-port))
          (newline (current-output-port))
          (force-output (current-output-port))
          (loop (read-line (current-input-port))))))
  (primitive-exit 0))
(scorelab-serve)
