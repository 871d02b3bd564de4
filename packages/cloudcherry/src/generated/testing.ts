// generated from specs/cloudcherry.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

import type { MockSpec } from "@cloud-sdks/core/testing";

/** The spec as the testing kit reads it: operations, request schemas, response examples, token flow. */
export const mockSpec: MockSpec = {
  "provider": "cloudcherry",
  "spec": "specs/cloudcherry.yaml",
  "servers": [
    "https://api.getcloudcherry.com"
  ],
  "oauth2": {
    "grantType": "password",
    "tokenUrl": "https://api.getcloudcherry.com/api/LoginToken",
    "clientAuthentication": []
  },
  "operations": [
    {
      "operationId": "loginToken",
      "method": "POST",
      "path": "/api/LoginToken",
      "security": [],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/x-www-form-urlencoded",
            "schema": {
              "$ref": "#/$defs/LoginTokenRequest"
            },
            "examples": {
              "password": {
                "grant_type": "password",
                "username": "acmecx",
                "password": "correct-horse-battery-staple"
              },
              "apiKey": {
                "grant_type": "password",
                "username": "acmecx",
                "password": "9f2c4e1a7b3d4c6e8a0b1d2f3e4c5a6b"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "access_token": "qaLjSK8Fxa2vvLhsI-2un5HSpyuYpyJkpqtILA5n5mAb_6boH2kSN5k94Xdp9TTRPkEtXuI9E079KLPbNU7vuuiHNg7P1bN6lHQBXJbyI0s7V2lAzTfE6E2e2-Bl8BO3l-ACG2IO80lge4wR6r3QKQLSpeDagXc9z9ZQs1BEmS8Ceya9l-7HYlEtG4p7uuswwqwALvKC9oqtPQqg0NauRzA",
                  "token_type": "bearer",
                  "expires_in": 43199,
                  "userName": "acmecx",
                  "email": "",
                  "primaryRole": "User",
                  "managedBy": "manageruserid",
                  "preview": "True",
                  "station": "uswest",
                  "hash": "ayoiY9J90Fg3Wbx0qjvaQoX03ngDUdxVd2cSZwh609o=",
                  ".issued": "Mon, 22 Apr 2019 10:48:47 GMT",
                  ".expires": "Mon, 22 Apr 2019 22:48:47 GMT"
                },
                "defaultLifetime": {
                  "access_token": "Bx7pQ2mN4rT8vW1yZ3aC5eG7iK9mO1qS3uW5yA7cE9gI1kM3oQ5sU7wY9aC1eG3iK5mO7qS9uW1yA3cE5gI7kM9oQ1sU3wY5a",
                  "token_type": "bearer",
                  "expires_in": 86399,
                  "userName": "acmecx",
                  "email": "cx-team@acme.example",
                  "primaryRole": "User",
                  "managedBy": "manageruserid",
                  "preview": "True",
                  "station": "uswest",
                  "hash": "Qm9vdHN0cmFwSGFzaEV4YW1wbGVWYWx1ZTAxMjM0NTY=",
                  ".issued": "Tue, 23 Apr 2019 08:00:00 GMT",
                  ".expires": "Wed, 24 Apr 2019 08:00:00 GMT"
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidGrant": {
                  "error": "invalid_grant",
                  "error_description": "The user name or password is incorrect."
                },
                "unsupportedGrantType": {
                  "error": "unsupported_grant_type"
                },
                "invalidRequest": {
                  "error": "invalid_request"
                },
                "invalidClient": {
                  "error": "invalid_client"
                },
                "unauthorizedClient": {
                  "error": "unauthorized_client"
                },
                "invalidScope": {
                  "error": "invalid_scope"
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "logout",
      "method": "GET",
      "path": "/api/account/logout",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": []
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "generateApiKey",
      "method": "GET",
      "path": "/api/GenerateAPIKey",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": "9f2c4e1a7b3d4c6e8a0b1d2f3e4c5a6b"
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "getApiKey",
      "method": "GET",
      "path": "/api/GetAPIKey",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": "9f2c4e1a7b3d4c6e8a0b1d2f3e4c5a6b"
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "listQuestions",
      "method": "GET",
      "path": "/api/questions",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "5cbd8a1f1c9d440001a3b7e1",
                    "text": "How likely are you to recommend us to a friend?",
                    "displayType": "Scale",
                    "multiSelect": [],
                    "displayLocation": [
                      "Downtown Store",
                      "Airport Kiosk"
                    ],
                    "questionTags": [
                      "NPS"
                    ],
                    "staffFill": false,
                    "apiFill": false,
                    "isRequired": true,
                    "isRetired": false,
                    "note": "",
                    "conditionalFilter": null
                  },
                  {
                    "id": "5cbd8b441c9d440001a3b7e5",
                    "text": "What could we do better?",
                    "displayType": "Text",
                    "multiSelect": [],
                    "displayLocation": [
                      "Downtown Store",
                      "Airport Kiosk"
                    ],
                    "questionTags": [
                      "Comment"
                    ],
                    "staffFill": false,
                    "apiFill": false,
                    "isRequired": false,
                    "isRetired": false,
                    "note": "Asked only of detractors",
                    "conditionalFilter": {
                      "filterquestions": [
                        {
                          "questionId": "5cbd8a1f1c9d440001a3b7e1",
                          "answerCheck": [
                            "lt"
                          ],
                          "number": 7
                        }
                      ]
                    }
                  },
                  {
                    "id": "5cbd8c001c9d440001a3b7e9",
                    "text": "Which department did you visit?",
                    "displayType": "Select",
                    "multiSelect": [
                      "Grocery",
                      "Electronics",
                      "Apparel"
                    ],
                    "displayLocation": [
                      "Downtown Store"
                    ],
                    "questionTags": [],
                    "staffFill": true,
                    "apiFill": false,
                    "isRequired": false,
                    "isRetired": true,
                    "note": "",
                    "conditionalFilter": null
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "listActiveQuestions",
      "method": "GET",
      "path": "/api/questions/active",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "5cbd8a1f1c9d440001a3b7e1",
                    "text": "How likely are you to recommend us to a friend?",
                    "displayType": "Scale",
                    "multiSelect": [],
                    "displayLocation": [
                      "Downtown Store",
                      "Airport Kiosk"
                    ],
                    "questionTags": [
                      "NPS"
                    ],
                    "staffFill": false,
                    "apiFill": false,
                    "isRequired": true,
                    "isRetired": false,
                    "note": "",
                    "conditionalFilter": null
                  },
                  {
                    "id": "5cbd8b441c9d440001a3b7e5",
                    "text": "What could we do better?",
                    "displayType": "Text",
                    "multiSelect": [],
                    "displayLocation": [
                      "Downtown Store",
                      "Airport Kiosk"
                    ],
                    "questionTags": [
                      "Comment"
                    ],
                    "staffFill": false,
                    "apiFill": false,
                    "isRequired": false,
                    "isRetired": false,
                    "note": "Asked only of detractors",
                    "conditionalFilter": {
                      "filterquestions": [
                        {
                          "questionId": "5cbd8a1f1c9d440001a3b7e1",
                          "answerCheck": [
                            "lt"
                          ],
                          "number": 7
                        }
                      ]
                    }
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "addQuestion",
      "method": "POST",
      "path": "/api/questions/add",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/QuestionInput"
            },
            "examples": {
              "starRating": {
                "text": "How would you rate the checkout experience?",
                "displayType": "Star-5",
                "displayLocation": [
                  "Downtown Store"
                ],
                "questionTags": [
                  "CSAT"
                ],
                "staffFill": false,
                "apiFill": false,
                "isRequired": true,
                "isRetired": false,
                "note": "Shown after payment"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "5cbd8f2e1c9d440001a3b7f4",
                  "text": "How would you rate the checkout experience?",
                  "displayType": "Star-5",
                  "multiSelect": [],
                  "displayLocation": [
                    "Downtown Store"
                  ],
                  "questionTags": [
                    "CSAT"
                  ],
                  "staffFill": false,
                  "apiFill": false,
                  "isRequired": true,
                  "isRetired": false,
                  "note": "Shown after payment",
                  "conditionalFilter": null
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidRequest": {
                  "message": "The request is invalid.",
                  "modelState": {
                    "model.displayType": [
                      "Error converting value \"Stars\" to type 'DisplayType'."
                    ]
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "updateQuestion",
      "method": "POST",
      "path": "/api/questions/update/{id}",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/QuestionInput"
            },
            "examples": {
              "rewordNps": {
                "id": "5cbd8a1f1c9d440001a3b7e1",
                "text": "How likely are you to recommend Acme to a friend or colleague?",
                "displayType": "Scale",
                "multiSelect": [],
                "displayLocation": [
                  "Downtown Store",
                  "Airport Kiosk"
                ],
                "questionTags": [
                  "NPS"
                ],
                "staffFill": false,
                "apiFill": false,
                "isRequired": true,
                "isRetired": false,
                "note": "",
                "conditionalFilter": null
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "5cbd8a1f1c9d440001a3b7e1",
                  "text": "How likely are you to recommend Acme to a friend or colleague?",
                  "displayType": "Scale",
                  "multiSelect": [],
                  "displayLocation": [
                    "Downtown Store",
                    "Airport Kiosk"
                  ],
                  "questionTags": [
                    "NPS"
                  ],
                  "staffFill": false,
                  "apiFill": false,
                  "isRequired": true,
                  "isRetired": false,
                  "note": "",
                  "conditionalFilter": null
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidRequest": {
                  "message": "The request is invalid.",
                  "modelState": {
                    "model.displayType": [
                      "Error converting value \"Stars\" to type 'DisplayType'."
                    ]
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "notFound": {
                  "message": "No HTTP resource was found that matches the request URI 'https://api.getcloudcherry.com/api/answer/unknown'."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "deleteQuestion",
      "method": "GET",
      "path": "/api/questions/delete/{id}",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": []
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "notFound": {
                  "message": "No HTTP resource was found that matches the request URI 'https://api.getcloudcherry.com/api/answer/unknown'."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "listAnswers",
      "method": "POST",
      "path": "/api/answers",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/AnswerFilter"
            },
            "examples": {
              "lastWeekDowntown": {
                "location": [
                  "Downtown Store"
                ],
                "afterdate": "2019-04-15T00:00:00Z",
                "beforedate": "2019-04-22T00:00:00Z",
                "filterquestions": [
                  {
                    "questionId": "5cbd8a1f1c9d440001a3b7e1",
                    "answerCheck": [
                      "lt"
                    ],
                    "number": 7
                  }
                ],
                "archived": false,
                "days": [
                  "Monday",
                  "Tuesday",
                  "Wednesday",
                  "Thursday",
                  "Friday"
                ],
                "aftertime": "09:00",
                "beforetime": "18:00"
              },
              "everything": {}
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "5cbd91c71c9d440001a3c102",
                    "user": "acmecx",
                    "locationId": "Downtown Store",
                    "responseDateTime": "2019-04-21T14:03:11Z",
                    "responses": [
                      {
                        "questionId": "5cbd8a1f1c9d440001a3b7e1",
                        "questionText": "How likely are you to recommend us to a friend?",
                        "textInput": null,
                        "numberInput": 10
                      },
                      {
                        "questionId": "5cbd8b441c9d440001a3b7e5",
                        "questionText": "What could we do better?",
                        "textInput": "Nothing, great service!",
                        "numberInput": 0
                      }
                    ]
                  },
                  {
                    "id": "5cbd92051c9d440001a3c117",
                    "user": "acmecx",
                    "locationId": "Downtown Store",
                    "responseDateTime": "2019-04-21T16:40:52Z",
                    "responses": [
                      {
                        "questionId": "5cbd8a1f1c9d440001a3b7e1",
                        "questionText": "How likely are you to recommend us to a friend?",
                        "textInput": null,
                        "numberInput": 4
                      },
                      {
                        "questionId": "5cbd8b441c9d440001a3b7e5",
                        "questionText": "What could we do better?",
                        "textInput": "The queue at checkout was too long.",
                        "numberInput": 0
                      }
                    ]
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidRequest": {
                  "message": "The request is invalid.",
                  "modelState": {
                    "model.displayType": [
                      "Error converting value \"Stars\" to type 'DisplayType'."
                    ]
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "listAnswersPage",
      "method": "POST",
      "path": "/api/answers/page/{page}/{rows}",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [
        {
          "name": "page",
          "in": "path",
          "required": true,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        },
        {
          "name": "rows",
          "in": "path",
          "required": true,
          "schema": {
            "type": "integer",
            "minimum": 1
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/AnswerFilter"
            },
            "examples": {
              "lastWeekDowntown": {
                "location": [
                  "Downtown Store"
                ],
                "afterdate": "2019-04-15T00:00:00Z",
                "beforedate": "2019-04-22T00:00:00Z",
                "filterquestions": [
                  {
                    "questionId": "5cbd8a1f1c9d440001a3b7e1",
                    "answerCheck": [
                      "lt"
                    ],
                    "number": 7
                  }
                ],
                "archived": false,
                "days": [
                  "Monday",
                  "Tuesday",
                  "Wednesday",
                  "Thursday",
                  "Friday"
                ],
                "aftertime": "09:00",
                "beforetime": "18:00"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "currentPage": 1,
                  "Responses": [
                    {
                      "id": "5cbd91c71c9d440001a3c102",
                      "user": "acmecx",
                      "locationId": "Downtown Store",
                      "responseDateTime": "2019-04-21T14:03:11Z",
                      "responses": [
                        {
                          "questionId": "5cbd8a1f1c9d440001a3b7e1",
                          "questionText": "How likely are you to recommend us to a friend?",
                          "textInput": null,
                          "numberInput": 10
                        },
                        {
                          "questionId": "5cbd8b441c9d440001a3b7e5",
                          "questionText": "What could we do better?",
                          "textInput": "Nothing, great service!",
                          "numberInput": 0
                        }
                      ]
                    },
                    {
                      "id": "5cbd92051c9d440001a3c117",
                      "user": "acmecx",
                      "locationId": "Downtown Store",
                      "responseDateTime": "2019-04-21T16:40:52Z",
                      "responses": [
                        {
                          "questionId": "5cbd8a1f1c9d440001a3b7e1",
                          "questionText": "How likely are you to recommend us to a friend?",
                          "textInput": null,
                          "numberInput": 4
                        },
                        {
                          "questionId": "5cbd8b441c9d440001a3b7e5",
                          "questionText": "What could we do better?",
                          "textInput": "The queue at checkout was too long.",
                          "numberInput": 0
                        }
                      ]
                    }
                  ],
                  "totalCount": 2,
                  "totalPages": 1
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidRequest": {
                  "message": "The request is invalid.",
                  "modelState": {
                    "model.displayType": [
                      "Error converting value \"Stars\" to type 'DisplayType'."
                    ]
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "countAnswers",
      "method": "POST",
      "path": "/api/answers/count",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/AnswerFilter"
            },
            "examples": {
              "lastWeekDowntown": {
                "location": [
                  "Downtown Store"
                ],
                "afterdate": "2019-04-15T00:00:00Z",
                "beforedate": "2019-04-22T00:00:00Z",
                "filterquestions": [
                  {
                    "questionId": "5cbd8a1f1c9d440001a3b7e1",
                    "answerCheck": [
                      "lt"
                    ],
                    "number": 7
                  }
                ],
                "archived": false,
                "days": [
                  "Monday",
                  "Tuesday",
                  "Wednesday",
                  "Thursday",
                  "Friday"
                ],
                "aftertime": "09:00",
                "beforetime": "18:00"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": 1342
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidRequest": {
                  "message": "The request is invalid.",
                  "modelState": {
                    "model.displayType": [
                      "Error converting value \"Stars\" to type 'DisplayType'."
                    ]
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "getAnswer",
      "method": "GET",
      "path": "/api/answer/{id}",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "5cbd91c71c9d440001a3c102",
                  "user": "acmecx",
                  "locationId": "Downtown Store",
                  "responseDateTime": "2019-04-21T14:03:11Z",
                  "responses": [
                    {
                      "questionId": "5cbd8a1f1c9d440001a3b7e1",
                      "questionText": "How likely are you to recommend us to a friend?",
                      "textInput": null,
                      "numberInput": 10
                    },
                    {
                      "questionId": "5cbd8b441c9d440001a3b7e5",
                      "questionText": "What could we do better?",
                      "textInput": "Nothing, great service!",
                      "numberInput": 0
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "notFound": {
                  "message": "No HTTP resource was found that matches the request URI 'https://api.getcloudcherry.com/api/answer/unknown'."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "createSurveyToken",
      "method": "POST",
      "path": "/api/surveytoken",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/SurveyTokenRequest"
            },
            "examples": {
              "singleUse": {
                "preFill": [
                  {
                    "questionId": "5cbd8c001c9d440001a3b7e9",
                    "textInput": "jane.doe@example.com"
                  }
                ],
                "validTill": "2019-05-22T23:59:59Z",
                "validUses": 1,
                "location": "Downtown Store",
                "rewardCode": "THANKYOU10",
                "emailQuestion": "5cbd8c001c9d440001a3b7e9",
                "note": "Order 10482"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "DM-21988",
                  "user": "acmecx",
                  "preFill": [
                    {
                      "questionId": "5cbd8c001c9d440001a3b7e9",
                      "textInput": "jane.doe@example.com"
                    }
                  ],
                  "validTill": "2019-05-22T23:59:59Z",
                  "validUses": 1,
                  "location": "Downtown Store",
                  "rewardCode": "THANKYOU10",
                  "emailQuestion": "5cbd8c001c9d440001a3b7e9",
                  "note": "Order 10482"
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidRequest": {
                  "message": "The request is invalid.",
                  "modelState": {
                    "model.displayType": [
                      "Error converting value \"Stars\" to type 'DisplayType'."
                    ]
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "listSurveyTokensPage",
      "method": "GET",
      "path": "/api/surveytoken/page/{page}/all",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [
        {
          "name": "page",
          "in": "path",
          "required": true,
          "schema": {
            "type": "integer",
            "minimum": 0
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "currentPage": 1,
                  "Tokens": [
                    {
                      "id": "DM-21988",
                      "user": "acmecx",
                      "preFill": [
                        {
                          "questionId": "5cbd8c001c9d440001a3b7e9",
                          "textInput": "jane.doe@example.com"
                        }
                      ],
                      "validTill": "2019-05-22T23:59:59Z",
                      "validUses": 1,
                      "location": "Downtown Store",
                      "rewardCode": "THANKYOU10",
                      "emailQuestion": "5cbd8c001c9d440001a3b7e9",
                      "note": "Order 10482"
                    }
                  ],
                  "totalCount": 1,
                  "totalPages": 1
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "getSurveyToken",
      "method": "GET",
      "path": "/api/SurveyToken/Id/{id}",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/$defs/SurveyTokenId"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "DM-21988",
                  "user": "acmecx",
                  "preFill": [
                    {
                      "questionId": "5cbd8c001c9d440001a3b7e9",
                      "textInput": "jane.doe@example.com"
                    }
                  ],
                  "validTill": "2019-05-22T23:59:59Z",
                  "validUses": 1,
                  "location": "Downtown Store",
                  "rewardCode": "THANKYOU10",
                  "emailQuestion": "5cbd8c001c9d440001a3b7e9",
                  "note": "Order 10482"
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "notFound": {
                  "message": "No HTTP resource was found that matches the request URI 'https://api.getcloudcherry.com/api/answer/unknown'."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "listSubUsers",
      "method": "GET",
      "path": "/api/account/getsubusers",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "userName": "acmecx.downtown",
                    "email": "downtown@acme.example",
                    "primaryRole": "User",
                    "managedBy": "acmecx"
                  },
                  {
                    "userName": "acmecx.airport",
                    "email": "airport@acme.example",
                    "primaryRole": "User",
                    "managedBy": "acmecx"
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "registerUser",
      "method": "POST",
      "path": "/api/account/register",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/RegisterUserRequest"
            },
            "examples": {
              "storeManager": {
                "userName": "acmecx.downtown",
                "email": "downtown@acme.example",
                "password": "Str0ng-Passw0rd!"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": []
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidRequest": {
                  "message": "The request is invalid.",
                  "modelState": {
                    "model.displayType": [
                      "Error converting value \"Stars\" to type 'DisplayType'."
                    ]
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "getSettings",
      "method": "GET",
      "path": "/api/settings",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "businessName": "Acme Retail",
                  "locations": [
                    "Downtown Store",
                    "Airport Kiosk"
                  ],
                  "timeZoneOffset": -420
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    },
    {
      "operationId": "getFlashNps",
      "method": "POST",
      "path": "/api/FlashNPS",
      "security": [
        [
          "oauth2"
        ],
        [
          "basic"
        ]
      ],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/AnswerFilter"
            },
            "examples": {
              "lastWeekDowntown": {
                "location": [
                  "Downtown Store"
                ],
                "afterdate": "2019-04-15T00:00:00Z",
                "beforedate": "2019-04-22T00:00:00Z",
                "filterquestions": [
                  {
                    "questionId": "5cbd8a1f1c9d440001a3b7e1",
                    "answerCheck": [
                      "lt"
                    ],
                    "number": 7
                  }
                ],
                "archived": false,
                "days": [
                  "Monday",
                  "Tuesday",
                  "Wednesday",
                  "Thursday",
                  "Friday"
                ],
                "aftertime": "09:00",
                "beforetime": "18:00"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "TotalResponses": 120,
                  "NetPromoter": {
                    "Promoters": 70,
                    "Passive": 30,
                    "Detractors": 20,
                    "NetPromoters": 41.67
                  }
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidRequest": {
                  "message": "The request is invalid.",
                  "modelState": {
                    "model.displayType": [
                      "Error converting value \"Stars\" to type 'DisplayType'."
                    ]
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "authorizationDenied": {
                  "message": "Authorization has been denied for this request."
                }
              }
            }
          ]
        },
        {
          "status": "429",
          "content": []
        }
      ]
    }
  ],
  "defs": {
    "LoginTokenRequest": {
      "type": "object",
      "required": [
        "grant_type",
        "username",
        "password"
      ],
      "additionalProperties": false,
      "properties": {
        "grant_type": {
          "const": "password"
        },
        "username": {
          "type": "string",
          "minLength": 1
        },
        "password": {
          "type": "string",
          "minLength": 1,
          "format": "password"
        }
      }
    },
    "LoginTokenResponse": {
      "type": "object",
      "required": [
        "access_token",
        "token_type",
        "expires_in",
        "userName",
        "email",
        "primaryRole",
        "managedBy",
        "preview",
        "station",
        "hash",
        ".issued",
        ".expires"
      ],
      "properties": {
        "access_token": {
          "type": "string",
          "minLength": 1
        },
        "token_type": {
          "const": "bearer"
        },
        "expires_in": {
          "type": "integer",
          "minimum": 0
        },
        "userName": {
          "type": "string"
        },
        "email": {
          "type": "string"
        },
        "primaryRole": {
          "type": "string"
        },
        "managedBy": {
          "type": "string"
        },
        "preview": {
          "type": "string",
          "enum": [
            "True",
            "False"
          ]
        },
        "station": {
          "type": "string"
        },
        "hash": {
          "type": "string"
        },
        ".issued": {
          "$ref": "#/$defs/HttpDate"
        },
        ".expires": {
          "$ref": "#/$defs/HttpDate"
        }
      }
    },
    "HttpDate": {
      "type": "string",
      "pattern": "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$"
    },
    "OAuthError": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string",
          "enum": [
            "invalid_request",
            "invalid_client",
            "invalid_grant",
            "unauthorized_client",
            "unsupported_grant_type",
            "invalid_scope"
          ]
        },
        "error_description": {
          "type": "string"
        }
      }
    },
    "ErrorMessage": {
      "type": "object",
      "required": [
        "message"
      ],
      "properties": {
        "message": {
          "type": "string"
        },
        "modelState": {
          "type": "object",
          "additionalProperties": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      }
    },
    "ApiKey": {
      "type": "string",
      "minLength": 1
    },
    "DisplayType": {
      "type": "string",
      "enum": [
        "Flag",
        "Text",
        "Number",
        "Slider",
        "Select",
        "MultiSelect",
        "OrderBy",
        "File",
        "Smile-5",
        "Star-5",
        "Scale"
      ]
    },
    "QuestionInput": {
      "type": "object",
      "required": [
        "text",
        "displayType"
      ],
      "properties": {
        "id": {
          "type": "string"
        },
        "text": {
          "type": "string",
          "minLength": 1
        },
        "displayType": {
          "$ref": "#/$defs/DisplayType"
        },
        "multiSelect": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "displayLocation": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "questionTags": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "staffFill": {
          "type": "boolean"
        },
        "apiFill": {
          "type": "boolean"
        },
        "isRequired": {
          "type": "boolean"
        },
        "isRetired": {
          "type": "boolean"
        },
        "note": {
          "type": "string"
        },
        "conditionalFilter": {
          "$ref": "#/$defs/ConditionalFilter"
        }
      }
    },
    "Question": {
      "type": "object",
      "required": [
        "id",
        "text",
        "displayType"
      ],
      "properties": {
        "id": {
          "type": "string",
          "minLength": 1
        },
        "text": {
          "type": "string"
        },
        "displayType": {
          "$ref": "#/$defs/DisplayType"
        },
        "multiSelect": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "displayLocation": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "questionTags": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "staffFill": {
          "type": "boolean"
        },
        "apiFill": {
          "type": "boolean"
        },
        "isRequired": {
          "type": "boolean"
        },
        "isRetired": {
          "type": "boolean"
        },
        "note": {
          "type": [
            "string",
            "null"
          ]
        },
        "conditionalFilter": {
          "$ref": "#/$defs/ConditionalFilter"
        }
      }
    },
    "ConditionalFilter": {
      "type": [
        "object",
        "null"
      ],
      "properties": {
        "filterquestions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FilterQuestion"
          }
        }
      }
    },
    "FilterQuestion": {
      "type": "object",
      "required": [
        "questionId"
      ],
      "properties": {
        "questionId": {
          "type": "string"
        },
        "answerCheck": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "number": {
          "type": "number"
        }
      }
    },
    "AnswerFilter": {
      "type": "object",
      "properties": {
        "location": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "afterdate": {
          "type": "string",
          "format": "date-time"
        },
        "beforedate": {
          "type": "string",
          "format": "date-time"
        },
        "filterquestions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/FilterQuestion"
          }
        },
        "archived": {
          "type": "boolean"
        },
        "days": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "aftertime": {
          "type": "string"
        },
        "beforetime": {
          "type": "string"
        }
      }
    },
    "ResponseItem": {
      "type": "object",
      "required": [
        "questionId"
      ],
      "properties": {
        "questionId": {
          "type": "string"
        },
        "questionText": {
          "type": "string"
        },
        "textInput": {
          "type": [
            "string",
            "null"
          ]
        },
        "numberInput": {
          "type": "number"
        }
      }
    },
    "Answer": {
      "type": "object",
      "required": [
        "id",
        "responseDateTime",
        "responses"
      ],
      "properties": {
        "id": {
          "type": "string",
          "minLength": 1
        },
        "user": {
          "type": "string"
        },
        "locationId": {
          "type": "string"
        },
        "responseDateTime": {
          "type": "string",
          "format": "date-time"
        },
        "responses": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ResponseItem"
          }
        }
      }
    },
    "AnswerPage": {
      "type": "object",
      "required": [
        "currentPage",
        "Responses",
        "totalCount",
        "totalPages"
      ],
      "properties": {
        "currentPage": {
          "type": "integer",
          "minimum": 0
        },
        "Responses": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Answer"
          }
        },
        "totalCount": {
          "type": "integer",
          "minimum": 0
        },
        "totalPages": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "SurveyTokenId": {
      "type": "string",
      "minLength": 1
    },
    "PreFill": {
      "type": "object",
      "required": [
        "questionId"
      ],
      "properties": {
        "questionId": {
          "type": "string"
        },
        "textInput": {
          "type": [
            "string",
            "null"
          ]
        },
        "numberInput": {
          "type": "number"
        }
      }
    },
    "SurveyTokenRequest": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "preFill": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/PreFill"
          }
        },
        "validTill": {
          "type": "string",
          "format": "date-time"
        },
        "validUses": {
          "type": "integer"
        },
        "location": {
          "type": "string"
        },
        "rewardCode": {
          "type": "string"
        },
        "emailQuestion": {
          "type": "string"
        },
        "note": {
          "type": "string"
        }
      }
    },
    "SurveyToken": {
      "type": "object",
      "required": [
        "id"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/SurveyTokenId"
        },
        "user": {
          "type": "string"
        },
        "preFill": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/PreFill"
          }
        },
        "validTill": {
          "type": "string",
          "format": "date-time"
        },
        "validUses": {
          "type": "integer"
        },
        "location": {
          "type": "string"
        },
        "rewardCode": {
          "type": "string"
        },
        "emailQuestion": {
          "type": "string"
        },
        "note": {
          "type": "string"
        }
      }
    },
    "SurveyTokenPage": {
      "type": "object",
      "required": [
        "currentPage",
        "Tokens",
        "totalCount",
        "totalPages"
      ],
      "properties": {
        "currentPage": {
          "type": "integer",
          "minimum": 0
        },
        "Tokens": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SurveyToken"
          }
        },
        "totalCount": {
          "type": "integer",
          "minimum": 0
        },
        "totalPages": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "UserAccount": {
      "type": "object",
      "required": [
        "userName"
      ],
      "properties": {
        "userName": {
          "type": "string"
        },
        "email": {
          "type": "string"
        },
        "primaryRole": {
          "type": "string"
        },
        "managedBy": {
          "type": "string"
        }
      }
    },
    "RegisterUserRequest": {
      "type": "object",
      "required": [
        "userName",
        "email",
        "password"
      ],
      "properties": {
        "userName": {
          "type": "string",
          "minLength": 1
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "password": {
          "type": "string",
          "format": "password",
          "minLength": 1
        },
        "primaryRole": {
          "type": "string"
        }
      }
    },
    "Settings": {
      "type": "object",
      "properties": {
        "businessName": {
          "type": "string"
        },
        "locations": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "timeZoneOffset": {
          "type": "integer"
        }
      }
    },
    "NetPromoter": {
      "type": "object",
      "required": [
        "Promoters",
        "Passive",
        "Detractors",
        "NetPromoters"
      ],
      "properties": {
        "Promoters": {
          "type": "number",
          "minimum": 0
        },
        "Passive": {
          "type": "number",
          "minimum": 0
        },
        "Detractors": {
          "type": "number",
          "minimum": 0
        },
        "NetPromoters": {
          "type": "number",
          "minimum": -100,
          "maximum": 100
        }
      }
    },
    "FlashNps": {
      "type": "object",
      "required": [
        "TotalResponses",
        "NetPromoter"
      ],
      "properties": {
        "TotalResponses": {
          "type": "integer",
          "minimum": 0
        },
        "NetPromoter": {
          "$ref": "#/$defs/NetPromoter"
        }
      }
    }
  }
};
