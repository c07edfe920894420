# A TLS server on 127.0.0.1 for the certificate tests: serves a feed with the certificate and key
# in argv[1] (test-only keys, made for these tests and for 127.0.0.1 alone), writes its port to
# argv[2], and stops after argv[3] seconds.
import http.server, os, ssl, sys, threading

class Feed(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<rss version='2.0'><channel><title>T</title></channel></rss>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = http.server.HTTPServer(("127.0.0.1", 0), Feed)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[1])
server.socket = context.wrap_socket(server.socket, server_side=True)
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
threading.Timer(float(sys.argv[3]), server.shutdown).start()
server.serve_forever()
