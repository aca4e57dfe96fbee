def test_accent_css_sets_the_colour_and_caches_for_a_year(client):
    response = client.get("/farbe/8A1538.css")

    assert response["Content-Type"] == "text/css"
    assert response.text == ":root { --accent: #8A1538; }\n"
    assert "max-age=31536000" in response["Cache-Control"]


def test_accent_css_rejects_anything_but_a_hex_colour(client, db):  # a 404 asks for moves
    assert client.get("/farbe/red;}body{display:none.css").status_code == 404
    assert client.get("/farbe/12345.css").status_code == 404
